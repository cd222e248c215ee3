// The columns of the member-unit import (see headers.ts for the names a file may give them).

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
