import { CsvError, parse } from "csv-parse/sync";
import type { FileError, Table } from "./types";

// Reads decoded CSV text into a table. Excel writes commas (or tabs for "Unicode text", and
// semicolons in some locales): the header line's most frequent one is taken as the delimiter.

/** A record longer than this is no row of a table (a whole file on one line, a binary blob). */
export const maxRecordBytes = 64 * 1024;

export function detectDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const firstLine = text.slice(0, Math.min(end < 0 ? text.length : end, maxRecordBytes));
  const counts = [",", "\t", ";"].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0] && counts[0].count > 0 ? counts[0].delimiter : ",";
}

type ParsedRecord = { record: string[]; info: { lines: number } };

/** Thrown from the record callback to stop parsing as soon as the row cap is passed. */
class TooManyRows extends Error {}

/**
 * The header row and at most `maxRows` non-empty rows, each with the line it ends on; or why the
 * file is refused. Parsing stops at the first row past the cap and at the first record over
 * maxRecordBytes, so a file of a million rows costs no more than one of maxRows.
 */
export function readCsvTable(text: string, maxRows: number): Table | FileError {
  let kept = 0;
  let records: ParsedRecord[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxRecordBytes,
      // Lines of nothing but delimiters (Excel leaves them after deleted rows) are empty too.
      on_record: (record, context) => {
        if (!record.some((cell) => cell.trim() !== "")) return null;
        kept += 1;
        if (kept > maxRows + 1) throw new TooManyRows();
        return { record, info: { lines: context.lines } } as unknown as string[];
      },
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (error instanceof TooManyRows)
      return { key: "units.admin.import.tooManyRows", values: { max: maxRows } };
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 0;
    if (error.code === "CSV_MAX_RECORD_SIZE") {
      return { key: "units.admin.import.lineTooLong", values: { line, maxKb: maxRecordBytes / 1024 } };
    }
    return { key: "units.admin.import.malformedCsv", values: { line } };
  }
  const [header, ...rows] = records;
  if (!header) return { key: "units.admin.import.empty" };
  return {
    header: header.record,
    rows: rows.map(({ record, info }) => ({ rowNumber: info.lines, cells: record })),
  };
}
