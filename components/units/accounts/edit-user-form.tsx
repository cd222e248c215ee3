"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { editUser } from "@/lib/units/accounts/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Editable = { id: number; name: string; mobile: string | null; email: string | null; version: string };

/** Name and contact details; `version` (the record's updatedAt) refuses edits on a stale page. */
export function EditUserForm({ user, mobileRequired }: { user: Editable; mobileRequired: boolean }) {
  const t = useTranslations("units.accounts");
  const [state, action] = useActionState(editUser, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <Field
        name="name"
        label={t("fields.name")}
        defaultValue={user.name}
        state={state}
        maxLength={60}
        required
      />
      <Field
        name="mobile"
        label={mobileRequired ? t("fields.mobile") : t("fields.mobileOptional")}
        type="tel"
        inputMode="numeric"
        defaultValue={user.mobile ?? ""}
        state={state}
        maxLength={20}
        required={mobileRequired}
      />
      <Field
        name="email"
        label={t("fields.emailOptional")}
        type="email"
        defaultValue={user.email ?? ""}
        state={state}
        maxLength={200}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("edit.submit")} />
    </form>
  );
}
