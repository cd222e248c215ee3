import "server-only";
import ExcelJS from "exceljs";
import { csvBom, csvLine, xlsxCell, type CellValue } from "@/lib/core/spreadsheet/cells";
import { formatBeijingTimestamp } from "@/lib/core/time/beijing";
import type { CountAnswer, CountQuestion } from "./count-results";
import type { SurveyResults } from "./queries";

// A survey's answers as a spreadsheet: one row per answering unit, one column per question.
// Every cell goes through lib/core/spreadsheet/cells.ts, so an answer such as "=HYPERLINK(…)"
// stays text when the committee opens the file.

export type ResultsTable = { header: string[]; rows: CellValue[][] };
export type ExportLabels = { unit: string; answeredAt: string; other: string };

function cellOf(question: CountQuestion, answer: CountAnswer | undefined, labels: ExportLabels): CellValue {
  if (!answer) return "";
  const label = (id: number) => question.options.find((option) => option.id === id)?.label ?? "";
  switch (question.kind) {
    case "RATING":
      return answer.rating ?? "";
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return answer.text;
    case "RANKING":
      return answer.optionIds.map(label).join(" > ");
    default: {
      const chosen = answer.optionIds.map(label);
      if (answer.otherText) chosen.push(`${labels.other}: ${answer.otherText}`);
      return chosen.join("; ");
    }
  }
}

export function buildResultsTable(results: SurveyResults, labels: ExportLabels): ResultsTable {
  return {
    header: [labels.unit, labels.answeredAt, ...results.questions.map((q, i) => `${i + 1}. ${q.prompt}`)],
    rows: results.responses.map((response) => [
      response.unitName,
      formatBeijingTimestamp(response.answeredAt),
      ...results.questions.map((question) =>
        cellOf(
          question,
          response.answers.find((answer) => answer.questionId === question.id),
          labels,
        ),
      ),
    ]),
  };
}

/** UTF-8 with a byte order mark (Excel), formula-like cells defused. */
export function resultsToCsv(table: ResultsTable): string {
  return csvBom + csvLine(table.header) + table.rows.map((row) => csvLine(row)).join("");
}

export async function resultsToXlsx(table: ResultsTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("survey");
  sheet.addRow(table.header.map(xlsxCell)).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(xlsxCell));
  sheet.columns.forEach((column) => (column.width = 24));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
