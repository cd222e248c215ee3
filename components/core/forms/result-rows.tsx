import type { FormState } from "@/lib/core/forms/form-state";
import { Field } from "./field";

/** One "results in numbers" line as a form shows it (e.g. 树木种植 · 200 · 棵). */
export type ResultRow = { label: string; value: string; unit: string };

/**
 * The numbered result lines (`result_<n>_label|value|unit`) of an activity report and of a
 * service-log entry: the same fields, so both forms read them the same way and a refused form
 * shows each message by its line. Spare blank rows stand in for an "add a row" script.
 */
export function ResultRows({
  rows,
  state,
  labels,
  legendClassName = "font-semibold",
}: {
  rows: ResultRow[];
  state: FormState;
  labels: { legend: string; hint: string; label: (n: number) => string; value: string; unit: string };
  legendClassName?: string;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className={legendClassName}>{labels.legend}</legend>
      <p className="text-sm text-stone-600">{labels.hint}</p>
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[2fr_1fr_1fr] gap-2">
          <Field
            name={`result_${index}_label`}
            label={labels.label(index + 1)}
            maxLength={60}
            defaultValue={row.label}
            state={state}
          />
          <Field
            name={`result_${index}_value`}
            label={labels.value}
            inputMode="decimal"
            defaultValue={row.value}
            state={state}
          />
          <Field
            name={`result_${index}_unit`}
            label={labels.unit}
            maxLength={20}
            defaultValue={row.unit}
            state={state}
          />
        </div>
      ))}
    </fieldset>
  );
}
