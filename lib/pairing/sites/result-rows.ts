import { hasControlCharacters } from "@/lib/core/forms/fields";

// Measurable results (树木种植 200 棵) travel as numbered row fields (result_0_label,
// result_0_value, result_0_unit, …) so a refused form echoes each value and error back to its
// own control; blank spare rows are ignored. Same shape as an activity report's results.

/** How many rows the server reads; the form offers the saved rows plus a few blank ones. */
export const maxResultRows = 20;

export type ResultRow = { label: string; value: number; unit: string };
export type ResultIssue = { path: string; message: string };

const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The filled rows of a form, and what is wrong with the others. */
export function readResultRows(fields: Record<string, unknown>): {
  rows: ResultRow[];
  issues: ResultIssue[];
} {
  const rows: ResultRow[] = [];
  const issues: ResultIssue[] = [];
  for (let index = 0; index < maxResultRows; index += 1) {
    const label = str(fields[`result_${index}_label`]);
    const value = str(fields[`result_${index}_value`]);
    const unit = str(fields[`result_${index}_unit`]);
    if (!label && !value && !unit) continue;
    const at = (field: string) => `result_${index}_${field}`;
    if (!label || label.length > 60)
      issues.push({ path: at("label"), message: "pairing.sites.validation.resultLabel" });
    else if (unit.length > 20)
      issues.push({ path: at("unit"), message: "pairing.sites.validation.resultUnit" });
    else if (hasControlCharacters(label) || hasControlCharacters(unit))
      issues.push({
        path: at(hasControlCharacters(label) ? "label" : "unit"),
        message: "core.validation.controlCharacters",
      });
    else if (!/^\d{1,10}(\.\d{1,2})?$/.test(value))
      issues.push({ path: at("value"), message: "pairing.sites.validation.resultValue" });
    else rows.push({ label, value: Number(value), unit });
  }
  return { rows, issues };
}
