"use client";

import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/core/forms/form-state";
import { Button, type ButtonSize, type ButtonVariant } from "@/components/ui/button";
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

/** The form's submit button: disabled, and saying so, while the form's action runs. */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
  size,
  className,
}: {
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" pending={pending} variant={variant} size={size} className={className}>
      {pending ? (pendingLabel ?? label) : label}
    </Button>
  );
}
