import { fieldErrorsFrom } from "@/lib/core/forms/form-state";
import { unitSchema, type UnitInput } from "@/lib/units/admin/schemas";
import { choiceLabels, normaliseRow } from "./normalise";
import type { RowIssue } from "@/lib/core/table-import/types";
import type { ImportField, RawRow } from "./fields";

// Validates each row with the same zod schema as the admin's unit form, after normalising it.

export type CheckedRow = {
  rowNumber: number;
  /** The normalised cells, as shown in the preview. */
  cells: Record<ImportField, string>;
  issues: RowIssue[];
  /** The unit to create, when the row itself is valid (duplicates are found later). */
  input: UnitInput | null;
};

// Clearer messages for the choice columns than zod's generic "choose from the list".
const choiceMessages: Partial<Record<string, RowIssue>> = {
  category: {
    field: "category",
    key: "units.admin.import.badChoice",
    values: { choices: choiceLabels.category },
  },
  orgType: {
    field: "orgType",
    key: "units.admin.import.badChoice",
    values: { choices: choiceLabels.orgType },
  },
  inDistrict: {
    field: "inDistrict",
    key: "units.admin.import.badChoice",
    values: { choices: choiceLabels.inDistrict },
  },
};

export function validateRow(row: RawRow): CheckedRow {
  const cells = normaliseRow(row.cells);
  const parsed = unitSchema.safeParse(cells);
  if (parsed.success) return { rowNumber: row.rowNumber, cells, issues: [], input: parsed.data };
  const issues: RowIssue[] = [];
  for (const [field, messages] of Object.entries(fieldErrorsFrom(parsed.error))) {
    const special = choiceMessages[field];
    // A blank choice is "required"; a wrong one gets the list of accepted labels.
    if (special) {
      issues.push(cells[field as ImportField] === "" ? { field, key: "core.validation.required" } : special);
      continue;
    }
    for (const message of messages ?? []) issues.push({ field, ...message });
  }
  return { rowNumber: row.rowNumber, cells, issues, input: null };
}

export function validateRows(rows: readonly RawRow[]): CheckedRow[] {
  return rows.map(validateRow);
}
