import { readCsvTable } from "@/lib/units/import/csv-table";
import { decodeText } from "@/lib/units/import/encoding";
import { detectFileKind, looksLikeBinary } from "@/lib/units/import/file-type";
import { hashFile } from "@/lib/units/import/read-import-file";
import type { FileError, Table } from "@/lib/units/import/types";
import { readXlsxTable } from "@/lib/units/import/xlsx-table";
import { mapItemHeaders, type ItemImportField } from "./fields";
import type { ItemRawRow } from "./validate-rows";

// The file-level half of the item import: size, kind, encoding, header and row count.

export const maxItemFileBytes = 2 * 1024 * 1024;
export const maxItemRows = 300;

export type ItemReadResult =
  { ok: true; encoding: string | null; hash: string; rows: ItemRawRow[] } | { ok: false; error: FileError };

export async function readItemFile(bytes: Uint8Array, fileName: string): Promise<ItemReadResult> {
  if (bytes.byteLength > maxItemFileBytes) {
    return { ok: false, error: { key: "unitsAdmin.import.tooBig", values: { maxMb: 2 } } };
  }
  if (bytes.byteLength === 0) return { ok: false, error: { key: "unitsAdmin.import.empty" } };
  const kind = detectFileKind(bytes, fileName);
  if (typeof kind !== "string") return { ok: false, error: kind };
  let table: Table | FileError;
  let encoding: string | null = null;
  if (kind === "xlsx") {
    table = await readXlsxTable(bytes, maxItemRows);
  } else {
    const decoded = decodeText(bytes);
    if (!decoded) return { ok: false, error: { key: "unitsAdmin.import.badEncoding" } };
    if (looksLikeBinary(decoded.text)) return { ok: false, error: { key: "unitsAdmin.import.wrongType" } };
    encoding = decoded.encoding;
    table = readCsvTable(decoded.text);
  }
  if ("key" in table) return { ok: false, error: table };
  const mapping = mapItemHeaders(table.header);
  if (!mapping.ok) return { ok: false, error: mapping.error };
  if (table.rows.length === 0) return { ok: false, error: { key: "unitsAdmin.import.noRows" } };
  if (table.rows.length > maxItemRows) {
    return {
      ok: false,
      error: { key: "unitsAdmin.import.tooManyRows", values: { max: maxItemRows, count: table.rows.length } },
    };
  }
  const rows = table.rows.map(({ rowNumber, cells }) => {
    const byField: Partial<Record<ItemImportField, string>> = {};
    mapping.columns.forEach((field, index) => {
      if (field) byField[field] = cells[index] ?? "";
    });
    return { rowNumber, cells: byField };
  });
  return { ok: true, encoding, hash: hashFile(bytes), rows };
}
