import type { FileError } from "./types";

// What kind of file was uploaded, judged by its bytes: a renamed PDF or image must not reach
// the CSV parser, and a renamed CSV must not reach the workbook reader.

export type FileKind = "csv" | "xlsx";

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
// The old binary Excel format (.xls) and other Office 97–2003 files.
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16Boms = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];
const allowedExtensions = new Set(["csv", "txt", "xlsx", ""]);

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return match?.[1]?.toLowerCase() ?? "";
}

/** The file's kind, or why it cannot be imported. */
export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind | FileError {
  const extension = extensionOf(fileName);
  if (extension === "xls" || startsWith(bytes, oleMagic)) return { key: "units.admin.import.legacyXls" };
  if (!allowedExtensions.has(extension)) return { key: "units.admin.import.wrongType" };
  if (startsWith(bytes, zipMagic)) return "xlsx";
  if (extension === "xlsx") return { key: "units.admin.import.wrongType" };
  // Text has no NUL bytes (except UTF-16, recognised by its BOM); binary files nearly always do.
  const head = bytes.subarray(0, 8192);
  if (!utf16Boms.some((bom) => startsWith(bytes, bom)) && head.includes(0)) {
    return { key: "units.admin.import.wrongType" };
  }
  return "csv";
}

// C0 control characters other than tab, newline and carriage return.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Decoded text that still holds control characters is a binary file, not a CSV. */
export function looksLikeBinary(text: string): boolean {
  return controlCharacters.test(text.slice(0, 8192));
}
