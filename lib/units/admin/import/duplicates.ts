import type { CheckedRow } from "./validate-rows";

// Names and slugs are unique: a file may not repeat one, nor reuse one an existing unit has.

const uniqueFields = ["name", "slug"] as const;

/** Adds an issue to every row repeating an earlier row's name or slug (pointing at that row). */
export function markDuplicatesInFile(rows: readonly CheckedRow[]): CheckedRow[] {
  const firstSeen = { name: new Map<string, number>(), slug: new Map<string, number>() };
  return rows.map((row) => {
    const issues = [...row.issues];
    for (const field of uniqueFields) {
      const value = row.cells[field];
      if (value === "") continue;
      const first = firstSeen[field].get(value);
      if (first === undefined) firstSeen[field].set(value, row.rowNumber);
      else issues.push({ field, key: "units.admin.import.duplicateInFile", values: { row: first } });
    }
    return issues.length === row.issues.length ? row : { ...row, issues, input: null };
  });
}

/** Adds an issue to every row whose name or slug an existing unit already has. */
export function markClashes(
  rows: readonly CheckedRow[],
  taken: { names: ReadonlySet<string>; slugs: ReadonlySet<string> },
): CheckedRow[] {
  return rows.map((row) => {
    const issues = [...row.issues];
    if (taken.names.has(row.cells.name)) issues.push({ field: "name", key: "units.admin.nameTaken" });
    if (taken.slugs.has(row.cells.slug)) issues.push({ field: "slug", key: "units.admin.slugTaken" });
    return issues.length === row.issues.length ? row : { ...row, issues, input: null };
  });
}
