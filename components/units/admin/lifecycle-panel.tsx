"use client";

import { useActionState } from "react";
import { reactivateUnit, suspendUnit, withdrawUnit } from "@/lib/units/admin/actions";
import type { LifecycleStep } from "@/lib/units/admin/lifecycle";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import { FormMessage } from "@/components/core/forms/form-status";
import { StatusChangeForm } from "./status-change-form";

const actions = { suspend: suspendUnit, reactivate: reactivateUnit, withdraw: withdrawUnit };

function isStep(value: unknown): value is LifecycleStep {
  return typeof value === "string" && Object.hasOwn(actions, value);
}

/**
 * The steps open to the unit now. One action state for all of them: after a successful step the
 * page re-renders with other steps (suspend gives way to reactivate), and the confirmation must
 * outlive the form that was submitted.
 */
export function LifecyclePanel({
  steps,
  unitId,
  status,
  today,
  earliest,
  finalNote,
}: {
  steps: LifecycleStep[];
  unitId: number;
  status: string;
  today: string;
  earliest: string;
  /** Shown instead of the steps when there are none (WITHDRAWN is final). */
  finalNote?: string;
}) {
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const step = formData.get("step");
    return isStep(step) ? actions[step](previous, formData) : previous;
  }, initialFormState);
  const failedStep = state.ok ? null : state.values?.step;
  return (
    <div className="space-y-3">
      {state.ok ? <FormMessage state={state} /> : null}
      {finalNote ? <p className="rounded bg-stone-100 p-3 text-stone-800">{finalNote}</p> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {steps.map((step) => (
          <StatusChangeForm
            key={step}
            step={step}
            unitId={unitId}
            fromStatus={status}
            today={today}
            earliest={earliest}
            state={failedStep === step ? state : initialFormState}
            action={action}
          />
        ))}
      </div>
    </div>
  );
}
