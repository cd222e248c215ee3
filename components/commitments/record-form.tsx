"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createMyCommitmentRecord, updateMyCommitmentRecord } from "@/lib/commitments/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Field } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";

const commitmentValues = ["STUDY_EXCHANGE", "YOUTH_PROJECT", "LIVELIHOOD", "CULTURE_SPORTS", "BACKBONE_TEAM"];
const statusValues = ["NOT_STARTED", "IN_PROGRESS", "DONE"];

export type EditableRecord = {
  id: number;
  version: number;
  commitment: string;
  title: string;
  description: string;
  status: string;
  communityId: number | null;
  roster: string[];
};

/** Adds a record for `year` (no `record`) or edits `record`; the unit is always the secretary's. */
export function RecordForm({
  year,
  record,
  communities,
}: {
  year: number;
  record?: EditableRecord;
  communities: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations("commitments");
  const [state, action] = useActionState(
    record ? updateMyCommitmentRecord : createMyCommitmentRecord,
    initialFormState,
  );
  // After a save the page re-renders with the new version; until then the action's answer has it.
  const version = state.ok && typeof state.data?.version === "number" ? state.data.version : record?.version;
  return (
    <form action={action} className="space-y-3" noValidate>
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : (
        <input type="hidden" name="year" value={year} />
      )}
      <Field
        as="select"
        name="commitment"
        label={t("fieldCommitment")}
        state={state}
        defaultValue={record?.commitment ?? "YOUTH_PROJECT"}
        options={commitmentValues.map((value) => ({ value, label: t(`commitment.${value}`) }))}
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
        as="textarea"
        name="description"
        label={t("fieldDescription")}
        state={state}
        defaultValue={record?.description}
        rows={3}
        maxLength={2000}
      />
      <Field
        as="select"
        name="status"
        label={t("fieldStatus")}
        state={state}
        defaultValue={record?.status ?? "IN_PROGRESS"}
        options={statusValues.map((value) => ({ value, label: t(`status.${value}`) }))}
        required
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
        rows={4}
      />
      <FormMessage state={state} />
      <SubmitButton label={record ? t("save") : t("create")} />
    </form>
  );
}
