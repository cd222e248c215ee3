// Builds ZIP archives byte by byte for the import's archive checks: honest ones, and bombs whose
// entries unpack to far more than the upload (optionally declaring a smaller size than they
// really unpack to). No database here, so unit tests use it too.
import { crc32, deflateRawSync } from "node:zlib";

export type ZipEntry = {
  name: string;
  data: Uint8Array;
  /** "deflate" (default) or "store". */
  method?: "deflate" | "store";
  /** The unpacked size the headers claim; the real size when left out. */
  declaredSize?: number;
};

const u16 = (value: number) => Buffer.from([value & 0xff, (value >>> 8) & 0xff]);
const u32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value >>> 0);
  return buffer;
};

/** A ZIP archive holding `entries`, with a central directory and end record as real tools write. */
export function zipOf(entries: ZipEntry[]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const stored = entry.method === "store";
    const packed = stored ? Buffer.from(entry.data) : deflateRawSync(entry.data, { level: 9 });
    const common = Buffer.concat([
      u16(20), // version needed
      u16(0), // flags
      u16(stored ? 0 : 8),
      u16(0), // time
      u16(0x21), // date
      u32(crc32(entry.data)),
      u32(packed.byteLength),
      u32(entry.declaredSize ?? entry.data.byteLength),
      u16(name.byteLength),
      u16(0), // extra
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, name, packed]);
    const central = Buffer.concat([
      u32(0x02014b50),
      u16(20), // version made by
      common,
      u16(0), // comment
      u16(0), // disk
      u16(0), // internal attributes
      u32(0), // external attributes
      u32(offset),
      name,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(directory.byteLength),
    u32(offset),
    u16(0),
  ]);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;

/**
 * A workbook-shaped archive whose first worksheet unpacks to `unpackedMb` MB of zeros (about
 * 1 KB per MB packed: 150 MB fits in a 150 KB upload). `lie` declares 1 KB instead.
 */
export function zipBomb(unpackedMb: number, options: { lie?: boolean } = {}): Uint8Array<ArrayBuffer> {
  const zeros = new Uint8Array(unpackedMb * 1024 * 1024);
  return zipOf([
    { name: "[Content_Types].xml", data: Buffer.from(contentTypes) },
    { name: "xl/worksheets/sheet1.xml", data: zeros, ...(options.lie ? { declaredSize: 1024 } : {}) },
  ]);
}
