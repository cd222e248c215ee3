"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePassword } from "@/lib/accounts/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Field } from "@/components/forms/field";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { NewPasswordFields } from "@/components/accounts/new-password-fields";

export function ChangePasswordForm() {
  const t = useTranslations("profile");
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
