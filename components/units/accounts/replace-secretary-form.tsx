"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { replaceSecretary } from "@/lib/units/accounts/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { IssuedPassword } from "./issued-password";
import { PersonFields } from "./person-fields";

/**
 * Deactivates this secretary and creates their successor in the same role, in one step. Once
 * the holder is inactive only the result (the successor's temporary password) stays visible.
 */
export function ReplaceSecretaryForm({ userId, active }: { userId: number; active: boolean }) {
  const t = useTranslations("units.accounts.replace");
  const [state, action] = useActionState(replaceSecretary, initialFormState);
  return (
    <div className="space-y-6">
      {active ? (
        <form action={action} className="space-y-4" noValidate>
          <input type="hidden" name="userId" value={userId} />
          <PersonFields state={state} mobileRequired />
          <FormMessage state={state} />
          <SubmitButton label={t("submit")} variant="danger" />
        </form>
      ) : state.ok ? (
        <FormMessage state={state} />
      ) : (
        <p className="text-sm text-stone-700">{t("inactive")}</p>
      )}
      <IssuedPassword state={state} showAccountLink />
    </div>
  );
}
