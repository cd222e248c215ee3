// Cells for every spreadsheet the portal writes (CSV and XLSX exports): user text must never
// run as a formula when a committee member opens the file (CSV injection, OWASP). One helper,
// used by every export, so a new export cannot forget it.

/** Excel reads a CSV file as UTF-8 only when it starts with this. */
export const csvBom = "\uFEFF";

// Excel, LibreOffice and Sheets start a formula (or a DDE call) at = + - @; a leading tab,
// carriage return or line feed is trimmed by some of them first, and LibreOffice can trim
// spaces, so whatever comes first after blanks and control characters counts.
const formulaStart = /^[\s\p{Cc}\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
const controlStart = /^[\t\r\n]/;

/** True when a spreadsheet could read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return formulaStart.test(text) || controlStart.test(text);
}

/**
 * The text as a spreadsheet shows it and never evaluates it: a leading apostrophe makes Excel,
 * LibreOffice and Sheets keep formula-like text as text.
 */
export function defuseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

export type CellValue = string | number | null | undefined;

/** A value for an XLSX cell: numbers stay numbers, text is defused. */
export function xlsxCell(value: CellValue): string | number {
  if (typeof value === "number") return value;
  return defuseFormula(value ?? "");
}

/** One CSV field (RFC 4180): defused, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: CellValue): string {
  const text = typeof value === "number" ? String(value) : defuseFormula(value ?? "");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF line end. */
export function csvLine(cells: CellValue[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
