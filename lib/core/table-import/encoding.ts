// Text files from Excel on Chinese Windows are often GBK/GB18030, not UTF-8; Excel's "Unicode
// text" is UTF-16. Decoding strictly (fatal) is what tells the encodings apart.

export type DecodedText = { text: string; encoding: "utf-8" | "gb18030" | "utf-16le" | "utf-16be" };

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Decodes a text file: a BOM decides; otherwise UTF-8 if the bytes are valid UTF-8, else
 * GB18030 (a superset of GBK and GB2312). Null when the bytes are valid in none of them.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictDecode("utf-8", bytes.subarray(3));
    return text === null ? null : { text, encoding: "utf-8" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    const text = strictDecode("utf-16le", bytes.subarray(2));
    return text === null ? null : { text, encoding: "utf-16le" };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    const text = strictDecode("utf-16be", bytes.subarray(2));
    return text === null ? null : { text, encoding: "utf-16be" };
  }
  const utf8 = strictDecode("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const gb = strictDecode("gb18030", bytes);
  return gb === null ? null : { text: gb, encoding: "gb18030" };
}
