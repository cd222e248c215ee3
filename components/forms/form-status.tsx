"use client";

import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/forms/form-state";
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
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100",
    danger: "bg-red-800 text-white hover:bg-red-900",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${styles}`}
    >
      {pending ? (pendingLabel ?? label) : label}
    </button>
  );
}
