"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetPassword } from "@/lib/units/accounts/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { IssuedPassword } from "./issued-password";

/** Issues a temporary password that the person must replace at their next sign-in. */
export function ResetPasswordForm({ userId }: { userId: number }) {
  const t = useTranslations("units.accounts.reset");
  const [state, action] = useActionState(resetPassword, initialFormState);
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-3">
        <input type="hidden" name="userId" value={userId} />
        <FormMessage state={state} />
        <SubmitButton label={t("submit")} variant="secondary" />
      </form>
      <IssuedPassword state={state} />
    </div>
  );
}
