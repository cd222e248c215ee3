import { maxFileBytes, readTableFile } from "@/lib/core/table-import/read-import-file";
import type { FileError } from "@/lib/core/table-import/types";
import type { RawRow } from "./fields";
import { mapHeaders } from "./headers";

// The file-level half of the unit import: size, kind, encoding, header, row count. The rows it
// returns are validated by validate-rows and duplicates.

export { maxFileBytes };
export const maxRows = 500;

export type ReadResult =
  | { ok: true; kind: "csv" | "xlsx"; encoding: string | null; hash: string; rows: RawRow[] }
  | { ok: false; error: FileError };

export function readImportFile(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  return readTableFile(bytes, fileName, { maxRows, mapColumns: mapHeaders, messages: "units.admin.import" });
}
