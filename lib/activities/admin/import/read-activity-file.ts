import { readTableFile } from "@/lib/core/table-import/read-import-file";
import type { FileError } from "@/lib/core/table-import/types";
import { mapActivityHeaders } from "./fields";
import type { ActivityRawRow } from "./validate-rows";

// The file-level half of the activity import: size, kind, encoding, header and row count.

export const maxActivityRows = 300;

export type ActivityReadResult =
  | { ok: true; encoding: string | null; hash: string; rows: ActivityRawRow[] }
  | { ok: false; error: FileError };

export async function readActivityFile(bytes: Uint8Array, fileName: string): Promise<ActivityReadResult> {
  const read = await readTableFile(bytes, fileName, {
    maxRows: maxActivityRows,
    mapColumns: mapActivityHeaders,
    messages: "activities.admin.import",
  });
  return read.ok ? { ok: true, encoding: read.encoding, hash: read.hash, rows: read.rows } : read;
}
