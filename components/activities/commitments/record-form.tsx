"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import { createMyCommitmentRecord, updateMyCommitmentRecord } from "@/lib/activities/commitments/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Commitment } from "@/lib/generated/prisma/enums";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { PhotoInput } from "@/components/activities/photo-input";

export type EditableRecord = {
  id: number;
  version: number;
  commitment: string;
  title: string;
  description: string;
  /** YYYY-MM-DD */
  occurredOn: string;
  /** "", "activity:<id>" or "meeting:<id>" */
  link: string;
  communityId: number | null;
  roster: string[];
  status: string;
};

export type EvidenceOptions = {
  activities: Array<{ id: number; title: string; commitment: string; role: "LEAD" | "JOINED" }>;
  meetings: Array<{ id: number; title: string }>;
};

/**
 * Adds a record (no `record`: it is submitted for review and the page moves on to it) or fixes
 * one (`record`: saving resubmits it). The unit is always the secretary's.
 */
export function RecordForm({
  record,
  today,
  options,
  communities,
}: {
  record?: EditableRecord;
  /** Today in Beijing (YYYY-MM-DD): the date field's default and latest day. */
  today: string;
  options: EvidenceOptions;
  communities: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations("activities.commitments");
  const router = useRouter();
  const [state, action] = useActionState(
    record ? updateMyCommitmentRecord : createMyCommitmentRecord,
    initialFormState,
  );
  const createdId = !record && state.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/my/commitments/${createdId}`);
  }, [createdId, router]);
  const linkOptions = [
    { value: "", label: t("noLink") },
    ...options.activities.map((a) => ({
      value: `activity:${a.id}`,
      label: t("linkActivity", { role: a.role, title: a.title, commitment: t(`commitment.${a.commitment}`) }),
    })),
    ...options.meetings.map((m) => ({
      value: `meeting:${m.id}`,
      label: t("linkMeeting", { title: m.title }),
    })),
  ];
  return (
    <form action={action} className="space-y-4" noValidate>
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
        </>
      ) : null}
      <Field
        as="select"
        name="commitment"
        label={t("fieldCommitment")}
        state={state}
        defaultValue={record?.commitment ?? "STUDY_EXCHANGE"}
        options={Object.values(Commitment).map((value) => ({ value, label: t(`commitment.${value}`) }))}
        required
      />
      <Field
        name="title"
        label={t("fieldTitle")}
        state={state}
        defaultValue={record?.title}
        maxLength={120}
        required
      />
      <Field
        name="occurredOn"
        type="date"
        label={t("fieldDate")}
        hint={t("fieldDateHint")}
        state={state}
        defaultValue={record?.occurredOn ?? today}
        required
      />
      <Field
        as="textarea"
        name="description"
        label={t("fieldDescription")}
        hint={t("fieldDescriptionHint")}
        state={state}
        defaultValue={record?.description}
        rows={4}
        maxLength={2000}
        required
      />
      <Field
        as="select"
        name="link"
        label={t("fieldLink")}
        hint={linkOptions.length > 1 ? t("fieldLinkHint") : t("fieldLinkNone")}
        state={state}
        defaultValue={record?.link ?? ""}
        options={linkOptions}
      />
      <PhotoInput
        state={state}
        label={record ? t("fieldMorePhoto") : t("fieldPhoto")}
        hint={t("photoHint")}
      />
      <Field
        as="select"
        name="communityId"
        label={t("fieldCommunity")}
        hint={t("fieldCommunityHint")}
        state={state}
        defaultValue={record?.communityId ? String(record.communityId) : ""}
        options={[
          { value: "", label: t("noCommunity") },
          ...communities.map((c) => ({ value: String(c.id), label: c.name })),
        ]}
      />
      <Field
        as="textarea"
        name="roster"
        label={t("fieldRoster")}
        hint={t("fieldRosterHint")}
        state={state}
        defaultValue={record?.roster.join("\n")}
        rows={3}
      />
      <FormMessage state={state} />
      <SubmitButton
        label={record ? (record.status === "RETURNED" ? t("resubmit") : t("saveSubmitted")) : t("submit")}
      />
    </form>
  );
}
