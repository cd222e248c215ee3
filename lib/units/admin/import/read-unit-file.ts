import { readTableFile } from "@/lib/core/table-import/read-import-file";
import type { FileError, RawRow } from "@/lib/core/table-import/types";
import { mapHeaders } from "./headers";

// The file-level half of the unit import: size, kind, encoding, header, row count. Nothing here
// touches the database; the rows it returns are validated by validate-rows and duplicates.

export const maxRows = 500;

export type ReadResult =
  | { ok: true; kind: "csv" | "xlsx"; encoding: string | null; hash: string; rows: RawRow[] }
  | { ok: false; error: FileError };

export function readImportFile(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  return readTableFile(bytes, fileName, { maxRows, mapColumns: mapHeaders });
}
