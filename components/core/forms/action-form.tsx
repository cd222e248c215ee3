"use client";

import { useActionState, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import type { ButtonVariant } from "@/components/ui/button";
import { Field } from "./field";
import { FormMessage, SubmitButton } from "./form-status";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** What the action needs besides the fields: the ids and version, as hidden inputs. */
  hidden: Record<string, string | number>;
  submitLabel: string;
  variant?: ButtonVariant;
  /** The form's own fields and hints, given the action's state for their errors. */
  children?: (state: FormState) => ReactNode;
  /** A required note the action asks for (a reason, what to fix), after the children. */
  note?: { name: string; label: string; maxLength: number };
  className?: string;
  "aria-label"?: string;
};

/**
 * A small form around one server action: hidden ids, its fields, the action's message and the
 * submit button. Used where forms differ only in these (review, lifecycle and photo forms).
 * noValidate: the action's messages, not the browser's, say what is missing.
 */
export function ActionForm({
  action,
  hidden,
  submitLabel,
  variant,
  children,
  note,
  className = "space-y-2",
  "aria-label": ariaLabel,
}: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className={className} noValidate aria-label={ariaLabel}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children?.(state)}
      {note ? <Field {...note} as="textarea" rows={2} state={state} required /> : null}
      <FormMessage state={state} />
      <SubmitButton label={submitLabel} variant={variant} />
    </form>
  );
}
