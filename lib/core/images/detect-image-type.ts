// Logo uploads are identified by their first bytes: the file name and the browser's MIME type
// are whatever the client says, so they decide nothing.

export const logoContentTypes = ["image/png", "image/jpeg", "image/webp"] as const;
export type LogoContentType = (typeof logoContentTypes)[number];

/** A logo is at most 1 MB (the database refuses more by a check constraint, too). */
export const maxLogoBytes = 1024 * 1024;

/** How many leading bytes detectImageType needs. */
export const imageSignatureLength = 12;

const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpeg = [0xff, 0xd8, 0xff];
const riff = [0x52, 0x49, 0x46, 0x46]; // "RIFF"
const webp = [0x57, 0x45, 0x42, 0x50]; // "WEBP", at offset 8

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

/** The image type the bytes really are (PNG, JPEG or WebP), or null for anything else. */
export function detectImageType(bytes: Uint8Array): LogoContentType | null {
  if (startsWith(bytes, png)) return "image/png";
  if (startsWith(bytes, jpeg)) return "image/jpeg";
  if (startsWith(bytes, riff) && startsWith(bytes, webp, 8)) return "image/webp";
  return null;
}

export function isLogoContentType(value: string): value is LogoContentType {
  return (logoContentTypes as readonly string[]).includes(value);
}
