import { createHash } from "node:crypto";
import { readCsvTable } from "./csv-table";
import { decodeText } from "./encoding";
import { detectFileKind, looksLikeBinary } from "./file-type";
import type { ColumnMapping } from "./columns";
import { mapHeaders } from "@/lib/units/admin/import/headers";
import { maxFileBytes } from "./limits";
import type { FileError, RawRow, Table } from "./types";
import { readXlsxTable } from "./xlsx-table";

// The file-level half of the import: size, kind, encoding, header, row count. Nothing here
// touches the database; the rows it returns are validated by validate-rows and duplicates.

export { maxFileBytes };
export const maxRows = 500;

export type ReadResult =
  | { ok: true; kind: "csv" | "xlsx"; encoding: string | null; hash: string; rows: RawRow[] }
  | { ok: false; error: FileError };

function isFileError(value: Table | FileError): value is FileError {
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

/**
 * Reads any import file (CSV in UTF-8/GB18030/UTF-16, or XLSX): size, kind, encoding, header
 * (through the import's own column mapper) and row count; the rows come back keyed by field.
 */
export async function readTableFile<F extends string>(
  bytes: Uint8Array,
  fileName: string,
  options: { maxRows: number; mapColumns: (header: readonly string[]) => ColumnMapping<F> },
): Promise<TableRead<F>> {
  if (bytes.byteLength > maxFileBytes) {
    return {
      ok: false,
      error: { key: "units.admin.import.tooBig", values: { maxMb: maxFileBytes / 1024 / 1024 } },
    };
  }
  if (bytes.byteLength === 0) return { ok: false, error: { key: "units.admin.import.empty" } };
  const kind = detectFileKind(bytes, fileName);
  if (typeof kind !== "string") return { ok: false, error: kind };

  let table: Table | FileError;
  let encoding: string | null = null;
  if (kind === "xlsx") {
    table = await readXlsxTable(bytes, options.maxRows);
  } else {
    const decoded = decodeText(bytes);
    if (!decoded) return { ok: false, error: { key: "units.admin.import.badEncoding" } };
    if (looksLikeBinary(decoded.text)) return { ok: false, error: { key: "units.admin.import.wrongType" } };
    encoding = decoded.encoding;
    table = readCsvTable(decoded.text, options.maxRows);
  }
  if (isFileError(table)) return { ok: false, error: table };

  const mapping = options.mapColumns(table.header);
  if (!mapping.ok) return { ok: false, error: mapping.error };
  if (table.rows.length === 0) return { ok: false, error: { key: "units.admin.import.noRows" } };
  if (table.rows.length > options.maxRows) {
    return { ok: false, error: { key: "units.admin.import.tooManyRows", values: { max: options.maxRows } } };
  }
  const rows = table.rows.map(({ rowNumber, cells }) => {
    const byField: Partial<Record<F, string>> = {};
    mapping.columns.forEach((field, index) => {
      if (field) byField[field] = cells[index] ?? "";
    });
    return { rowNumber, cells: byField };
  });
  return { ok: true, kind, encoding, hash: hashFile(bytes), rows };
}

export function readImportFile(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  return readTableFile(bytes, fileName, { maxRows, mapColumns: mapHeaders });
}
