"use client";

import { Link } from "@/lib/core/i18n/navigation";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { activateAccount } from "@/lib/units/admission/activation/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { NewPasswordFields } from "@/components/units/self-service/password/new-password-fields";
import { buttonClass } from "@/components/ui/button";

/** Chooses the account's password through a one-time link; then the holder signs in normally. */
export function ActivationForm({ token }: { token: string }) {
  const t = useTranslations("units.admission.apply.activation");
  const [state, action] = useActionState(activateAccount, initialFormState);

  if (state.ok) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <p>{t("doneLogin", { login: String(state.data?.login ?? "") })}</p>
        <Link href="/login" className={buttonClass()}>
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields
        state={state}
        labels={{
          newPassword: t("newPassword"),
          hint: t("newPasswordHint"),
          confirmPassword: t("confirmPassword"),
        }}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
