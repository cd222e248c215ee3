"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import type { LifecycleStep } from "@/lib/units/admin/lifecycle";
import type { FormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";
import { controlClass } from "@/components/ui/control";
import { cardClass } from "@/components/ui/card";

/**
 * One lifecycle step (suspend, reactivate, withdraw) with its reason and effective date. The
 * form carries the status the admin sees, so a change someone else made meanwhile is refused.
 * Its state and action come from LifecyclePanel.
 */
export function StatusChangeForm({
  step,
  unitId,
  fromStatus,
  today,
  earliest,
  state,
  action,
}: {
  step: LifecycleStep;
  unitId: number;
  fromStatus: string;
  /** Today in Beijing: the default and the latest allowed effective date. */
  today: string;
  /** The joining date or the last change's effective date, whichever is later. */
  earliest: string;
  /** This form's last result (failures only: success is shown by the panel). */
  state: FormState;
  action: (formData: FormData) => void;
}) {
  const t = useTranslations("units.admin.lifecycle");
  const describe = useDescribe();
  const headingId = useId();
  const confirmErrors = state.fieldErrors?.confirmFinal ?? [];
  return (
    <form
      action={action}
      aria-labelledby={headingId}
      className={cardClass("outlined", "space-y-3")}
      noValidate
    >
      <h3 id={headingId} className="font-semibold">
        {t(step)}
      </h3>
      <p className="text-sm text-stone-700">{t(`${step}Hint`)}</p>
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="id" value={unitId} />
      <input type="hidden" name="fromStatus" value={fromStatus} />
      <Field
        as="textarea"
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        rows={3}
        maxLength={500}
        state={state}
        required
      />
      <DateField
        state={state}
        today={today}
        earliest={earliest}
        label={t("effectiveOn")}
        hint={t("effectiveHint")}
      />
      {step === "withdraw" ? (
        <div>
          <div className="flex items-center gap-2">
            <input
              id={`${headingId}-confirm`}
              type="checkbox"
              name="confirmFinal"
              className="size-5"
              aria-invalid={confirmErrors.length > 0 || undefined}
              aria-describedby={confirmErrors.length ? `${headingId}-confirm-error` : undefined}
            />
            <label htmlFor={`${headingId}-confirm`}>{t("confirmFinal")}</label>
          </div>
          {confirmErrors.length ? (
            <p id={`${headingId}-confirm-error`} className="mt-1 text-sm text-red-800">
              {confirmErrors.map(describe).join(" ")}
            </p>
          ) : null}
        </div>
      ) : null}
      <FormMessage state={state} />
      <SubmitButton label={t(step)} variant={step === "reactivate" ? "primary" : "danger"} />
    </form>
  );
}

/** The effective date: Field plus the browser's min/max, which the server checks again. */
function DateField({
  state,
  today,
  earliest,
  label,
  hint,
}: {
  state: FormState;
  today: string;
  earliest: string;
  label: string;
  hint: string;
}) {
  const id = useId();
  const describe = useDescribe();
  const errors = state.fieldErrors?.effectiveOn ?? [];
  const sent = state.values?.effectiveOn;
  const value = typeof sent === "string" ? sent : today;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        <span aria-hidden="true" className="text-red-700">
          {" "}
          *
        </span>
      </label>
      <input
        id={id}
        key={value}
        type="date"
        name="effectiveOn"
        defaultValue={value}
        min={earliest}
        max={today}
        required
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={`${id}-hint${errors.length ? ` ${id}-error` : ""}`}
        className={controlClass}
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
        {hint}
      </p>
      {errors.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {errors.map(describe).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
