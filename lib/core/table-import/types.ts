// Shapes shared by the table imports' pure steps (see read-import-file.ts for the order they run in).

/** A message as a catalog key and its values, like MessageDescriptor. */
export type ImportMessage = { key: string; values?: Record<string, string | number> };

/** A problem with the whole file: nothing in it is looked at further. */
export type FileError = ImportMessage;

/** A problem with one cell of one row. */
export type RowIssue = ImportMessage & { field: string };

/**
 * Why a file is no readable table. The key is relative: each import words it in its own catalog
 * namespace (readTableFile's `messages`), so the plan import says "no activities", not "no units".
 */
export type TableProblem = {
  key:
    | "tooBig"
    | "empty"
    | "wrongType"
    | "legacyXls"
    | "badEncoding"
    | "noRows"
    | "tooManyRows"
    | "workbookTooLarge"
    | "malformedCsv"
    | "lineTooLong";
  values?: ImportMessage["values"];
};

/** A table as read from a CSV or worksheet: the header row and the non-empty rows after it. */
export type Table = { header: string[]; rows: Array<{ rowNumber: number; cells: string[] }> };
