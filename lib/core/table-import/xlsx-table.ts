import ExcelJS from "exceljs";
import type { FileError, Table } from "./types";
import { checkWorkbookArchive } from "./zip-limits";

// Reads the first worksheet of an XLSX workbook into a table of strings.

/** A cell as the text a person sees: dates as YYYY-MM-DD, formulas as their result. */
export function cellText(value: ExcelJS.CellValue | ExcelJS.CellValue[] | object): string {
  if (value === null || value === undefined) return "";
  // Excel keeps dates as days since 1900; ExcelJS returns them as UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) {
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  return ""; // an error value such as #N/A
}

/**
 * The header (first non-empty row) and non-empty rows after it of the first worksheet. The
 * archive is measured first (zip-limits): ExcelJS builds the whole workbook in memory, so it only
 * gets archives whose unpacked size, rows and cells are known to be small.
 */
export async function readXlsxTable(bytes: Uint8Array, maxRows: number): Promise<Table | FileError> {
  const refused = checkWorkbookArchive(bytes, maxRows);
  if (refused) return refused;
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's types name its own Buffer; a Node Buffer over the same bytes is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    // A ZIP that is not a workbook (a .docx, a damaged file, a plain archive).
    return { key: "units.admin.import.wrongType" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { key: "units.admin.import.empty" };
  if (sheet.actualRowCount > maxRows + 1)
    return { key: "units.admin.import.tooManyRows", values: { max: maxRows } };
  const rows: Table["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      cells.push(cellText(row.getCell(column).value).trim());
    }
    if (cells.some((cell) => cell !== "")) rows.push({ rowNumber, cells });
  });
  const [header, ...data] = rows;
  if (!header) return { key: "units.admin.import.empty" };
  return { header: header.cells, rows: data };
}
