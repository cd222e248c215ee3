"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { confirmCommitment, returnCommitment } from "@/lib/activities/commitments/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Props = { id: number; version: number; title: string };

/** The admin confirms a submitted record: the commitment counts as done. */
export function ConfirmRecordForm({ id, version, title }: Props) {
  const t = useTranslations("activities.commitments");
  const [state, action] = useActionState(confirmCommitment, initialFormState);
  return (
    <form action={action} className="space-y-2" aria-label={t("confirmNamed", { title })}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <SubmitButton label={t("confirm")} />
    </form>
  );
}

/** The admin returns a submitted record with a note saying what to fix. */
export function ReturnRecordForm({ id, version, title }: Props) {
  const t = useTranslations("activities.commitments");
  const [state, action] = useActionState(returnCommitment, initialFormState);
  return (
    <form action={action} className="space-y-2" noValidate aria-label={t("returnNamed", { title })}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field
        name="note"
        label={t("returnNote")}
        as="textarea"
        rows={2}
        maxLength={1000}
        state={state}
        required
      />
      <FormMessage state={state} />
      <SubmitButton label={t("return")} variant="secondary" />
    </form>
  );
}
