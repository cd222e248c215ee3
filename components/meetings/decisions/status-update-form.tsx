"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { updateDecisionStatus } from "@/lib/meetings/decisions/actions";
import { decisionStatuses } from "@/lib/meetings/decisions/schemas";
import { initialFormState } from "@/lib/core/forms/form-state";
import { useResetOnSuccess } from "./use-reset-on-success";

type Props = { decisionId: number; version: number; status: string };

/**
 * The owner's report on a decision: a status and a note. Keeping the status and writing a note
 * records progress. A saved update empties the note and shows the confirmation.
 */
export function StatusUpdateForm({ decisionId, version, status }: Props) {
  const t = useTranslations("meetings.decisions");
  const [state, action] = useActionState(updateDecisionStatus, initialFormState);
  const formRef = useResetOnSuccess(state);
  return (
    <form ref={formRef} action={action} className="space-y-3" noValidate>
      <input type="hidden" name="decisionId" value={decisionId} />
      <input type="hidden" name="version" value={version} />
      <Field
        as="select"
        name="status"
        label={t("fields.newStatus")}
        state={state}
        defaultValue={status}
        options={decisionStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
      />
      <Field
        as="textarea"
        name="note"
        label={t("fields.note")}
        hint={t("noteHint")}
        rows={2}
        maxLength={1000}
        state={state}
        required
      />
      <FormMessage state={state} />
      <SubmitButton label={t("submitUpdate")} pendingLabel={t("saving")} />
    </form>
  );
}
