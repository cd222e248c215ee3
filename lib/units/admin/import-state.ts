import type { FormState } from "@/lib/core/forms/form-state";
import type { FileError, RowIssue } from "@/lib/core/table-import/types";
import type { ImportField } from "./import/fields";

// What the import page gets back from its two actions, besides the usual form state.

export type PreviewRow = { rowNumber: number; cells: Record<ImportField, string>; issues: RowIssue[] };

export type ImportPreview = {
  fileName: string;
  /** SHA-256 of the checked file: the import step refuses any other file. */
  hash: string;
  /** "utf-8", "gb18030", … for CSV files; null for workbooks. */
  encoding: string | null;
  rows: PreviewRow[];
  /** Rows with at least one issue; the import is possible only when this is 0. */
  rowsWithIssues: number;
};

export type ImportedUnit = { id: number; name: string; slug: string };

export type ImportState = FormState & {
  /** Set on success: the dry run passed ("checked") or the units were created ("imported"). */
  stage?: "checked" | "imported";
  fileError?: FileError;
  preview?: ImportPreview;
  imported?: ImportedUnit[];
};
