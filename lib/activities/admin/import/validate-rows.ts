import { DomainError } from "@/lib/core/errors";
import { fieldErrorsFrom } from "@/lib/core/forms/form-state";
import type { RowIssue } from "@/lib/core/table-import/types";
import { assertDateFits } from "../activity-rules";
import { createActivitySchema, type CreateActivityInput } from "../schemas";
import { parseEnumCell } from "./enum-values";
import type { ActivityImportField } from "./fields";

export type ActivityRawRow = { rowNumber: number; cells: Partial<Record<ActivityImportField, string>> };
export type CheckedRow = { rowNumber: number; issues: RowIssue[]; input: CreateActivityInput | null };

const enumColumns = {
  type: "ActivityType",
  commitment: "Commitment",
  channel: "ActivityChannel",
  format: "ActivityFormat",
  reach: "ActivityReach",
} as const;
const defaults = { channel: "OFFLINE", format: "THEME", reach: "BLOCK" } as const;
const onlineWords = new Set(["线上", "online", "网络", "线上活动"]);

/** Checks one row with the same schema and date rule as the activity form; nothing is written. */
export function validateActivityRow(year: number, row: ActivityRawRow): CheckedRow {
  const cell = (field: ActivityImportField) => (row.cells[field] ?? "").trim();
  const issues: RowIssue[] = [];
  const values: Record<string, string> = { year: String(year) };
  for (const [field, name] of Object.entries(enumColumns) as Array<
    [keyof typeof enumColumns, (typeof enumColumns)[keyof typeof enumColumns]]
  >) {
    const text = cell(field);
    if (!text && field in defaults) {
      values[field] = defaults[field as keyof typeof defaults];
      continue;
    }
    const code = text ? parseEnumCell(name, text) : null;
    if (code) values[field] = code;
    else issues.push({ field, key: text ? "core.validation.choice" : "core.validation.required" });
  }
  const date = cell("plannedDate").replace(/[/.]/g, "-");
  // A date alone is enough: its month is the planned month.
  values.plannedMonth =
    cell("plannedMonth").replace(/月$/, "") ||
    (/^\d{4}-\d{2}/.test(date) ? String(Number(date.slice(5, 7))) : "");
  values.plannedDate = date;
  values.title = cell("title");
  values.description = cell("description");
  values.capacity = cell("capacity");
  const place = cell("place");
  const online = onlineWords.has(place.toLowerCase()) || (!place && values.channel === "ONLINE");
  values.placeKind = online ? "online" : "text";
  values.place = online ? "" : place;

  const parsed = createActivitySchema.safeParse(values);
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(fieldErrorsFrom(parsed.error))) {
      // Enum cells were already judged above with a clearer message.
      if (field in enumColumns && issues.some((issue) => issue.field === field)) continue;
      for (const message of messages ?? []) issues.push({ field, ...message });
    }
    return { rowNumber: row.rowNumber, issues, input: null };
  }
  try {
    assertDateFits(year, parsed.data.plannedMonth, parsed.data.plannedDate);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    issues.push({ field: "plannedDate", key: error.key, ...(error.values ? { values: error.values } : {}) });
  }
  return { rowNumber: row.rowNumber, issues, input: issues.length ? null : parsed.data };
}
