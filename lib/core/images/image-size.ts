import type { LogoContentType } from "./detect-image-type";

// The server never decodes photos, but every visitor's browser does: a 200 KB PNG can declare
// 60000 × 60000 pixels and take 14 GB to draw, freezing the phones that open the page. The
// declared size is read from the header (PNG IHDR, JPEG SOFn, WebP VP8/VP8L/VP8X) and checked
// against limits no real photo or logo comes near.

export const maxImagePixels = 50_000_000;
export const maxImageSide = 20_000;

export type ImageSize = { width: number; height: number };

const be16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const le16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const le24 = (b: Uint8Array, at: number) => le16(b, at) | (b[at + 2]! << 16);
const ascii = (b: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...b.subarray(at, at + length));

function pngSize(b: Uint8Array): ImageSize | null {
  if (b.length < 24 || ascii(b, 12, 4) !== "IHDR") return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Walks the JPEG segments up to the first start-of-frame marker, which holds the size. */
function jpegSize(b: Uint8Array): ImageSize | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) {
      at += 1; // stray bytes before a marker: decoders skip them, and so does this walk
      continue;
    }
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2; // markers without a length
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { height: be16(b, at + 5), width: be16(b, at + 7) };
    if (marker === 0xda || marker === 0xd9) return null; // image data before any frame header
    at += 2 + be16(b, at + 2);
  }
  return null;
}

function webpSize(b: Uint8Array): ImageSize | null {
  if (b.length < 30) return null;
  switch (ascii(b, 12, 4)) {
    case "VP8 ":
      if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
      return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
    case "VP8L": {
      if (b[20] !== 0x2f) return null;
      const bits = le16(b, 21) | (le16(b, 23) << 16);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case "VP8X":
      return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
    default:
      return null;
  }
}

/** The pixel size the image's header declares; null when the header cannot be read. */
export function readImageSize(bytes: Uint8Array, type: LogoContentType): ImageSize | null {
  const size =
    type === "image/png" ? pngSize(bytes) : type === "image/jpeg" ? jpegSize(bytes) : webpSize(bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

/**
 * "tooManyPixels" when the header declares more than the limits, else null. A header without a
 * size (a truncated file) passes: there is nothing a browser could draw from it either.
 */
export function imageSizeProblem(bytes: Uint8Array, type: LogoContentType): "tooManyPixels" | null {
  const size = readImageSize(bytes, type);
  if (!size) return null;
  const tooBig =
    size.width > maxImageSide || size.height > maxImageSide || size.width * size.height > maxImagePixels;
  return tooBig ? "tooManyPixels" : null;
}

/** The values of the "core.errors.imageTooManyPixels" message. */
export const imagePixelLimits = { megapixels: maxImagePixels / 1_000_000, side: maxImageSide };
