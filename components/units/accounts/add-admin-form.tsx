"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addAdmin } from "@/lib/units/accounts/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { IssuedPassword } from "./issued-password";
import { PersonFields } from "./person-fields";

/** Adds a district committee admin; the temporary password is shown once below. */
export function AddAdminForm() {
  const t = useTranslations("units.accounts");
  const [state, action] = useActionState(addAdmin, initialFormState);
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" noValidate>
        <PersonFields state={state} mobileRequired={false} />
        <FormMessage state={state} />
        <SubmitButton label={t("add.submit")} />
      </form>
      <IssuedPassword state={state} showAccountLink />
    </div>
  );
}
