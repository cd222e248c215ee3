"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePassword } from "@/lib/units/self-service/password/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { NewPasswordFields } from "@/components/units/self-service/password/new-password-fields";

export function ChangePasswordForm() {
  const t = useTranslations("units.selfService.profile");
  const [state, action] = useActionState(changePassword, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field
        name="currentPassword"
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        state={state}
        required
      />
      <NewPasswordFields
        state={state}
        labels={{
          newPassword: t("newPassword"),
          hint: t("newPasswordHint"),
          confirmPassword: t("confirmPassword"),
        }}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("changePassword")} />
    </form>
  );
}
