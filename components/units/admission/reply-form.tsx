"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { replyToApplication } from "@/lib/units/admission/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Props = { reference: string; mobile: string; version: number; open: boolean };

/**
 * The applicant's answer to a request for more information. Rendered even when replying is
 * closed, so the success message survives the page refreshing to the new status.
 */
export function ReplyForm({ reference, mobile, version, open }: Props) {
  const t = useTranslations("units.admission.apply");
  const [state, action] = useActionState(replyToApplication, initialFormState);
  if (!open && !state.ok) return null;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="mobile" value={mobile} />
      <input type="hidden" name="version" value={version} />
      {state.ok ? null : (
        <Field
          name="reply"
          as="textarea"
          rows={5}
          label={t("replyLabel")}
          state={state}
          maxLength={2000}
          required
        />
      )}
      <FormMessage state={state} />
      {state.ok ? null : <SubmitButton label={t("replySubmit")} />}
    </form>
  );
}
