"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deactivateUser, reactivateUser } from "@/lib/units/accounts/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

/**
 * Deactivates an active account or brings an inactive one back. `blocked` explains why the
 * button is absent (the last admin, a role someone else holds now); the server checks anyway.
 * Rendered in both states so the result message survives the page refresh after the change.
 */
export function AccountStatusForm({
  userId,
  active,
  blocked,
}: {
  userId: number;
  active: boolean;
  blocked?: string;
}) {
  const t = useTranslations("units.accounts");
  const [state, action] = useActionState(active ? deactivateUser : reactivateUser, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} />
      {blocked ? (
        <p className="rounded bg-stone-100 p-3 text-sm text-stone-700">{blocked}</p>
      ) : active ? (
        <SubmitButton label={t("deactivate.submit")} variant="danger" />
      ) : (
        <SubmitButton label={t("reactivate.submit")} />
      )}
    </form>
  );
}
