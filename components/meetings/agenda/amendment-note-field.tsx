"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";

/** Asked only once the meeting has started: every change then says why. */
export function AmendmentNoteField({ started, state }: { started: boolean; state: FormState }) {
  const t = useTranslations("meetings.agenda.form");
  if (!started) return null;
  return (
    <Field
      name="amendmentNote"
      label={t("amendmentNote")}
      hint={t("amendmentNoteHint")}
      as="textarea"
      rows={2}
      maxLength={500}
      required
      state={state}
    />
  );
}
