import { readTableFile } from "@/lib/core/table-import/read-import-file";
import type { FileError } from "@/lib/core/table-import/types";
import { mapItemHeaders } from "./fields";
import type { ItemRawRow } from "./validate-rows";

// The file-level half of the item import: size, kind, encoding, header and row count.

export const maxItemRows = 300;

export type ItemReadResult =
  { ok: true; encoding: string | null; hash: string; rows: ItemRawRow[] } | { ok: false; error: FileError };

export async function readItemFile(bytes: Uint8Array, fileName: string): Promise<ItemReadResult> {
  const read = await readTableFile(bytes, fileName, {
    maxRows: maxItemRows,
    mapColumns: mapItemHeaders,
    messages: "planAdmin.import",
  });
  return read.ok ? { ok: true, encoding: read.encoding, hash: read.hash, rows: read.rows } : read;
}
