import type { FormState } from "@/lib/core/forms/form-state";
import type { FileError, RowIssue } from "@/lib/core/table-import/types";

/** What the import form gets back besides the usual form state. */
export type ActivityImportState = FormState & {
  stage?: "checked" | "imported";
  fileError?: FileError;
  preview?: {
    hash: string;
    rows: Array<{ rowNumber: number; title: string; issues: RowIssue[] }>;
    rowsWithIssues: number;
  };
};
