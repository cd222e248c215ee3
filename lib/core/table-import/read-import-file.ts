import { createHash } from "node:crypto";
import { readCsvTable } from "./csv-table";
import { decodeText } from "./encoding";
import { detectFileKind, looksLikeBinary } from "./file-type";
import type { ColumnMapping } from "./columns";
import { maxFileBytes } from "./limits";
import type { FileError, Table, TableProblem } from "./types";
import { readXlsxTable } from "./xlsx-table";

// The file-level half of every table import: size, kind, encoding, header, row count. Nothing
// here touches the database or knows what the rows hold; each import validates its rows itself.

export { maxFileBytes };

function isProblem(value: Table | TableProblem): value is TableProblem {
  return "key" in value;
}

/** SHA-256 of the file, so the import can tell it got the same file the dry run checked. */
export function hashFile(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export type TableRead<F extends string> =
  | {
      ok: true;
      kind: "csv" | "xlsx";
      encoding: string | null;
      hash: string;
      rows: Array<{ rowNumber: number; cells: Partial<Record<F, string>> }>;
    }
  | { ok: false; error: FileError };

export type TableReadOptions<F extends string> = {
  maxRows: number;
  /** The import's own header mapping (see columnMapper), which words its own header errors. */
  mapColumns: (header: readonly string[]) => ColumnMapping<F>;
  /** The import's catalog namespace for the file problems (TableProblem), e.g. "activities.admin.import". */
  messages: string;
};

/** Reads the table, or why it cannot be read as a relative TableProblem. */
async function readTable(
  bytes: Uint8Array,
  fileName: string,
  maxRows: number,
): Promise<{ kind: "csv" | "xlsx"; encoding: string | null; table: Table } | TableProblem> {
  if (bytes.byteLength > maxFileBytes) {
    return { key: "tooBig", values: { maxMb: maxFileBytes / 1024 / 1024 } };
  }
  if (bytes.byteLength === 0) return { key: "empty" };
  const kind = detectFileKind(bytes, fileName);
  if (typeof kind !== "string") return kind;
  if (kind === "xlsx") {
    const table = await readXlsxTable(bytes, maxRows);
    return isProblem(table) ? table : { kind, encoding: null, table };
  }
  const decoded = decodeText(bytes);
  if (!decoded) return { key: "badEncoding" };
  if (looksLikeBinary(decoded.text)) return { key: "wrongType" };
  const table = readCsvTable(decoded.text, maxRows);
  return isProblem(table) ? table : { kind, encoding: decoded.encoding, table };
}

/**
 * Reads any import file (CSV in UTF-8/GB18030/UTF-16, or XLSX): size, kind, encoding, header
 * (through the import's own column mapper) and row count; the rows come back keyed by field.
 */
export async function readTableFile<F extends string>(
  bytes: Uint8Array,
  fileName: string,
  { maxRows, mapColumns, messages }: TableReadOptions<F>,
): Promise<TableRead<F>> {
  const refuse = (problem: TableProblem): TableRead<F> => ({
    ok: false,
    error: { key: `${messages}.${problem.key}`, ...(problem.values ? { values: problem.values } : {}) },
  });
  const read = await readTable(bytes, fileName, maxRows);
  if ("key" in read) return refuse(read);
  const { table } = read;
  const mapping = mapColumns(table.header);
  if (!mapping.ok) return { ok: false, error: mapping.error };
  if (table.rows.length === 0) return refuse({ key: "noRows" });
  if (table.rows.length > maxRows) return refuse({ key: "tooManyRows", values: { max: maxRows } });
  const rows = table.rows.map(({ rowNumber, cells }) => {
    const byField: Partial<Record<F, string>> = {};
    mapping.columns.forEach((field, index) => {
      if (field) byField[field] = cells[index] ?? "";
    });
    return { rowNumber, cells: byField };
  });
  return { ok: true, kind: read.kind, encoding: read.encoding, hash: hashFile(bytes), rows };
}
