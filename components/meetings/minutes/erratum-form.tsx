"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { initialFormState } from "@/lib/core/forms/form-state";
import { addMinutesErratum } from "@/lib/meetings/minutes/actions";
import { maxErratumLength } from "@/lib/meetings/minutes/limits";

/** Writers append a correction under published minutes (the text itself stays as published). */
export function ErratumForm({ meetingId }: { meetingId: number }) {
  const t = useTranslations("meetings.minutes.errata");
  const [state, action] = useActionState(addMinutesErratum, initialFormState);
  return (
    <form action={action} className="space-y-3 rounded-lg border border-stone-300 bg-white p-4">
      <h2 className="text-lg font-bold">{t("formHeading")}</h2>
      <input type="hidden" name="meetingId" value={meetingId} />
      <Field
        as="textarea"
        name="body"
        label={t("bodyLabel")}
        hint={t("bodyHint")}
        state={state}
        rows={5}
        maxLength={maxErratumLength}
        required
        // A new, empty box after an erratum was added; the refused text stays.
        defaultValue={state.ok ? "" : undefined}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("submit")} />
    </form>
  );
}
