"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { rejectApplication, requestApplicationInfo } from "@/lib/units/admission/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Target = { id: number; version: number };
/** open: the application can still be decided. Forms stay mounted after deciding so their result shows. */
type Props = { target: Target; open: boolean };

/** The application and the version the admin saw: the server refuses a decision on a stale one. */
export function DecisionTarget({ id, version }: Target) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export function RequestInfoForm({ target, open }: Props) {
  const t = useTranslations("units.admission.review");
  const [state, action] = useActionState(requestApplicationInfo, initialFormState);
  if (!open) return null;
  return (
    <form action={action} className="space-y-3" noValidate aria-labelledby="request-info-heading">
      <h3 id="request-info-heading" className="font-semibold">
        {t("requestInfoTitle")}
      </h3>
      <DecisionTarget {...target} />
      <Field
        name="message"
        as="textarea"
        rows={3}
        label={t("message")}
        hint={t("messageHint")}
        state={state}
        maxLength={2000}
        required
      />
      <FormMessage state={state} />
      <SubmitButton label={t("requestInfoSubmit")} variant="secondary" />
    </form>
  );
}

export function RejectForm({ target, open }: Props) {
  const t = useTranslations("units.admission.review");
  const [state, action] = useActionState(rejectApplication, initialFormState);
  if (!open && !state.ok) return null;
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form action={action} className="space-y-3" noValidate aria-labelledby="reject-heading">
      <h3 id="reject-heading" className="font-semibold">
        {t("rejectTitle")}
      </h3>
      <DecisionTarget {...target} />
      <Field
        name="reason"
        as="textarea"
        rows={3}
        label={t("reason")}
        hint={t("reasonHint")}
        state={state}
        maxLength={2000}
        required
      />
      <FormMessage state={state} />
      <SubmitButton label={t("rejectSubmit")} variant="danger" />
    </form>
  );
}
