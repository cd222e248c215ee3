"use client";

import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/core/forms/form-state";
import { buttonClass, type ButtonVariant } from "@/components/ui/button-link";
import { useDescribe } from "./use-describe";

/** The action's overall message: announced politely on success, as an alert on failure. */
export function FormMessage({ state }: { state: FormState }) {
  const describe = useDescribe();
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">
      {describe(state.message)}
    </p>
  ) : (
    <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
      {describe(state.message)}
    </p>
  );
}

export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
}: {
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant)}>
      {pending ? (pendingLabel ?? label) : label}
    </button>
  );
}
