// Small image files built in code, for logo uploads in integration and end-to-end tests.
// No database imports here: Playwright specs import this file too.
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG filled with one colour, e.g. a 16×16 red square. */
export function pngBytes(width = 16, height = 16, rgb: [number, number, number] = [200, 30, 30]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, default compression/filter/interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** The start of a JPEG (SOI + JFIF APP0): enough for type detection, not for decoding. */
export function jpegBytes(): Buffer {
  return Buffer.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    ...Buffer.from("JFIF\0"),
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
    0xff,
    0xd9,
  ]);
}

/** A RIFF/WEBP container header with a lossless chunk: enough for type detection. */
export function webpBytes(): Buffer {
  const payload = Buffer.from([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0]);
  const vp8l = Buffer.concat([
    Buffer.from("VP8L", "latin1"),
    Buffer.from([payload.length, 0, 0, 0]),
    payload,
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(4 + vp8l.length);
  return Buffer.concat([Buffer.from("RIFF", "latin1"), size, Buffer.from("WEBP", "latin1"), vp8l]);
}

/** A File as a browser's form would send it. */
export function imageFile(bytes: Uint8Array, name: string, type: string): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

/**
 * A PNG whose header declares `width` × `height` pixels but holds one tiny compressed row: a
 * few hundred bytes that a browser would try to draw at full size (a pixel bomb).
 */
export function pixelBombPng(width = 60_000, height = 60_000): Buffer {
  const real = pngBytes(1, 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([real.subarray(0, 8), chunk("IHDR", header), real.subarray(33)]);
}

/** A baseline JPEG header (SOI, APP0, SOF0) declaring `width` × `height`, without image data. */
export function jpegOfSize(width: number, height: number): Buffer {
  const sof = [0xff, 0xc0, 0, 11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0];
  return Buffer.concat([jpegBytes().subarray(0, 20), Buffer.from(sof), Buffer.from([0xff, 0xd9])]);
}
