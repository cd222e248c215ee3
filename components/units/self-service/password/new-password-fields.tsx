"use client";

import type { FormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";

/** "New password" and "again", as every form that sets a password asks for them. */
export function NewPasswordFields({
  state,
  labels,
}: {
  state: FormState;
  labels: { newPassword: string; hint: string; confirmPassword: string };
}) {
  return (
    <>
      <Field
        name="newPassword"
        label={labels.newPassword}
        hint={labels.hint}
        type="password"
        autoComplete="new-password"
        state={state}
        required
      />
      <Field
        name="confirmPassword"
        label={labels.confirmPassword}
        type="password"
        autoComplete="new-password"
        state={state}
        required
      />
    </>
  );
}
