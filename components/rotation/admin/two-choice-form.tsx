"use client";

import type { FormState } from "@/lib/core/forms/form-state";
import { ActionForm } from "@/components/core/forms/action-form";
import { Field } from "@/components/core/forms/field";

type Choice = { name: string; label: string; options: Array<{ value: string; label: string }> };

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  submitLabel: string;
  first: Choice;
  second: Choice;
};

/** The rotation editor's forms that pick two things side by side (duties to move or swap, a pair). */
export function TwoChoiceForm({ action, hidden, submitLabel, first, second }: Props) {
  return (
    <ActionForm
      action={action}
      hidden={hidden}
      submitLabel={submitLabel}
      variant="secondary"
      className="space-y-3"
    >
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field as="select" {...first} state={state} required />
          <Field as="select" {...second} state={state} required />
        </div>
      )}
    </ActionForm>
  );
}
