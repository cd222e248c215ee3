import { inflateRawSync } from "node:zlib";
import type { FileError } from "./types";

// A workbook is a ZIP archive: a 150 KB upload can unpack to gigabytes. Before the workbook
// reader sees it, its central directory is read (entry count, declared sizes), every entry is
// unpacked with a hard cap of its declared size (an archive that lies is refused the moment it
// unpacks more), and the worksheets' rows and cells are counted. The reader only ever gets an
// archive whose unpacked size and table size are known to be small.

export const zipLimits = {
  maxEntries: 200,
  /** Declared unpacked size of all entries together; real 500-row workbooks stay under 5 MB. */
  maxUnpackedBytes: 20 * 1024 * 1024,
  /** Row elements over all worksheets, per allowed row: empty formatted rows are rows too. */
  rowSlack: 10,
  /** Cell elements over all worksheets, per allowed row (a template has 10 to 15 columns). */
  cellsPerRow: 100,
} as const;

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const worksheetName = /^\/?xl\/worksheets\/[^/]+\.xml$/i;

type Entry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };
type Refusal = "wrongType" | "tooLarge";

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let offset = last; offset >= Math.max(0, last - 0xffff); offset -= 1) {
    if (view.getUint32(offset, true) === eocdSignature) return offset;
  }
  return -1;
}

/** The central directory's entries, or why the archive is refused (nothing unpacked yet). */
export function readCentralDirectory(bytes: Uint8Array): Entry[] | Refusal {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return "wrongType";
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  // ZIP64 markers: no spreadsheet of a few MB needs them.
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) return "tooLarge";
  if (count > zipLimits.maxEntries) return "tooLarge";
  // The directory must end where the end record starts: no prepended data, no second reading.
  if (start + size !== eocd) return "wrongType";
  const entries: Entry[] = [];
  let declared = 0;
  let offset = start;
  while (offset + 46 <= eocd && view.getUint32(offset, true) === centralSignature) {
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const entrySize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    if (flags & 1 || (method !== 0 && method !== 8)) return "wrongType"; // encrypted, or not deflate
    if (entrySize === 0xffffffff || compressedSize === 0xffffffff) return "tooLarge";
    declared += entrySize;
    if (declared > zipLimits.maxUnpackedBytes) return "tooLarge";
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({ name, method, compressedSize, size: entrySize, localOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries.length === count && offset === eocd ? entries : "wrongType";
}

/** The entry's bytes, unpacked to at most its declared size; a larger output is refused. */
function unpack(bytes: Uint8Array, entry: Entry): Uint8Array | Refusal {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== localSignature) return "wrongType";
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (dataStart + entry.compressedSize > bytes.byteLength) return "wrongType";
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method === 0) return data.byteLength === entry.size ? data : "wrongType";
  try {
    const output = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    return output.byteLength === entry.size ? output : "wrongType";
  } catch (error) {
    return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "tooLarge" : "wrongType";
  }
}

/** How often an XML start tag (`<row`, `<c`) occurs, followed by a space, ">" or "/". */
export function countTags(xml: Uint8Array, tag: string): number {
  const needle = Buffer.from(`<${tag}`);
  const buffer = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, at + needle.length)) {
    const next = buffer[at + needle.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d)
      count += 1;
  }
  return count;
}

/**
 * Null when the workbook is safe to hand to the reader; otherwise the file error. Cost is bounded
 * by the limits above, whatever the archive claims.
 */
export function checkWorkbookArchive(bytes: Uint8Array, maxRows: number): FileError | null {
  const tooLarge: FileError = {
    key: "units.admin.import.workbookTooLarge",
    values: { maxMb: zipLimits.maxUnpackedBytes / 1024 / 1024, maxRows },
  };
  const refusal = (reason: Refusal): FileError =>
    reason === "tooLarge" ? tooLarge : { key: "units.admin.import.wrongType" };
  const entries = readCentralDirectory(bytes);
  if (typeof entries === "string") return refusal(entries);
  const maxRowTags = (maxRows + 1) * zipLimits.rowSlack;
  const maxCellTags = (maxRows + 1) * zipLimits.cellsPerRow;
  let rows = 0;
  let cells = 0;
  for (const entry of entries) {
    const data = unpack(bytes, entry);
    if (typeof data === "string") return refusal(data);
    if (!worksheetName.test(entry.name)) continue;
    rows += countTags(data, "row");
    cells += countTags(data, "c");
    if (rows > maxRowTags) return { key: "units.admin.import.tooManyRows", values: { max: maxRows } };
    if (cells > maxCellTags) return tooLarge;
  }
  return null;
}
