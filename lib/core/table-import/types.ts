// Shapes shared by the import's pure steps (see read-import-file.ts for the order they run in).

/** A message as a catalog key and its values, like MessageDescriptor. */
export type ImportMessage = { key: string; values?: Record<string, string | number> };

/** A problem with the whole file: nothing in it is looked at further. */
export type FileError = ImportMessage;

/** A problem with one cell of one row. */
export type RowIssue = ImportMessage & { field: string };

/** The columns a file may have, in the order of the template. */
export const importFields = [
  "name",
  "shortName",
  "slug",
  "category",
  "orgType",
  "inDistrict",
  "address",
  "contactName",
  "contactPhone",
  "joinedOn",
] as const;
export type ImportField = (typeof importFields)[number];

/** Columns a file must have; the others may be left out (their defaults apply). */
export const requiredFields: readonly ImportField[] = [
  "name",
  "shortName",
  "slug",
  "category",
  "orgType",
  "joinedOn",
];

/** One data row as read from the file: its row number there and its cells by field. */
export type RawRow = { rowNumber: number; cells: Partial<Record<ImportField, string>> };

/** A table as read from a CSV or worksheet: the header row and the non-empty rows after it. */
export type Table = { header: string[]; rows: Array<{ rowNumber: number; cells: string[] }> };
