import "server-only";
import ExcelJS from "exceljs";
import { xlsxCell } from "@/lib/core/spreadsheet/cells";
import { reportTables, type ReportCell } from "./tables";
import type { ReportText } from "./text";
import type { AnnualReport } from "./types";

// The annual report's tables as a workbook, one sheet per table, the header in the first row
// and the totals (where a column adds up) in the last. Numbers stay numbers; text that users
// entered (unit names, results, highlights) is defused against formulas
// (lib/core/spreadsheet/cells.ts).

// Excel refuses these in a sheet name, and names longer than 31 characters.
const sheetName = (title: string) => title.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);

const plain = (cell: ReportCell) => (typeof cell === "object" ? cell.label : cell);

export async function annualReportXlsx(report: AnnualReport, text: ReportText): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = text.t("organisation");
  workbook.title = text.t("docTitle", { year: report.year });
  workbook.created = report.generatedAt;
  for (const table of reportTables(report, text, "sheet")) {
    const sheet = workbook.addWorksheet(sheetName(table.title), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.addRow(table.columns.map((column) => column.header)).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => xlsxCell(plain(cell))));
    if (table.total && table.rows.length > 0) {
      sheet.addRow(table.total.map((cell) => xlsxCell(plain(cell)))).font = { bold: true };
    }
    table.columns.forEach((column, index) => {
      sheet.getColumn(index + 1).width = column.numeric ? 14 : Math.round(12 * (column.weight ?? 1.2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
