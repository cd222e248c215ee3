"use client";

import type { FormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";

type Props = { label: string; hint: string; code: string; state: FormState };

/** The check-in code, filled in from the scanned link or typed from the screen. */
export function CheckinCodeField({ label, hint, code, state }: Props) {
  return (
    <Field
      name="code"
      label={label}
      hint={hint}
      autoComplete="off"
      maxLength={12}
      defaultValue={code}
      state={state}
      required
    />
  );
}
