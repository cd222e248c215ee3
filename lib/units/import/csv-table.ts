import { CsvError, parse } from "csv-parse/sync";
import type { FileError, Table } from "./types";

// Reads decoded CSV text into a table. Excel writes commas (or tabs for "Unicode text", and
// semicolons in some locales): the header line's most frequent one is taken as the delimiter.

export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", "\t", ";"].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0] && counts[0].count > 0 ? counts[0].delimiter : ",";
}

type ParsedRecord = { record: string[]; info: { lines: number } };

/** The header row and the non-empty rows, each with the line it ends on; or a parse error. */
export function readCsvTable(text: string): Table | FileError {
  let records: ParsedRecord[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 0;
    return { key: "unitsAdmin.import.malformedCsv", values: { line } };
  }
  // Lines of nothing but delimiters (Excel leaves them after deleted rows) are empty too.
  const nonEmpty = records.filter(({ record }) => record.some((cell) => cell.trim() !== ""));
  const [header, ...rows] = nonEmpty;
  if (!header) return { key: "unitsAdmin.import.empty" };
  return {
    header: header.record,
    rows: rows.map(({ record, info }) => ({ rowNumber: info.lines, cells: record })),
  };
}
