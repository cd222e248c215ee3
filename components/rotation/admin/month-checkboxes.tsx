"use client";

import { useId } from "react";
import { useLocale } from "next-intl";
import type { FormState } from "@/lib/core/forms/form-state";
import { useDescribe } from "@/components/core/forms/use-describe";
import { allMonths, monthLabel } from "./month-label";

/** Twelve month checkboxes in a fieldset; errors are tied to the group. */
export function MonthCheckboxes({
  name,
  legend,
  hint,
  state,
  defaultChecked,
}: {
  name: string;
  legend: string;
  hint?: string;
  state: FormState;
  defaultChecked: readonly number[];
}) {
  const id = useId();
  const locale = useLocale();
  const describe = useDescribe();
  const errors = state.fieldErrors?.[name] ?? [];
  // Echoed form values keep one value per name, so a refused form shows the saved choice.
  const checked = new Set(defaultChecked);
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean);
  return (
    <fieldset aria-describedby={describedBy.join(" ") || undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-6">
        {allMonths.map((month) => (
          <label key={month} className="flex items-center gap-2 rounded border border-stone-300 px-2 py-2">
            <input
              type="checkbox"
              name={name}
              value={month}
              defaultChecked={checked.has(month)}
              className="size-5"
            />
            {monthLabel(locale, month)}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {errors.map(describe).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
