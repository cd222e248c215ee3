import type { ReportText } from "./text";

// The cells and shapes of the report's tables (tables.ts, unit-table.ts).

/** A mark for paper with the words it stands for (the page reads these out to screen readers). */
export type MarkCell = { mark: string; label: string };
export type ReportCell = string | number | MarkCell;
export type ReportColumn = { header: string; numeric?: boolean; center?: boolean; weight?: number };
export type SheetKey = "figures" | "months" | "results" | "venues" | "units" | "highlights";
export type ReportTable = {
  key: SheetKey;
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  total?: ReportCell[];
};
/** "print": compact, for a page; "sheet": spelled out, one value per column. */
export type TableStyle = "print" | "sheet";

/** A cell as plain text (a mark as its mark), numbers formatted for reading. */
export function cellText(cell: ReportCell, text: ReportText): string {
  if (typeof cell === "number") return text.number(cell);
  return typeof cell === "string" ? cell : cell.mark;
}

export function sumColumn<T>(rows: readonly T[], pick: (row: T) => number): number {
  return round2(rows.reduce((total, row) => total + pick(row), 0));
}

/** Hours are kept to the hundredth: sums of them must not show 0.30000000000000004. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
