// Agenda attachments are identified by their first bytes (and, for Office files, whose
// containers are shared with other formats, by the extension too): the browser's MIME type is
// whatever the client says, so it decides nothing.

/** A file is at most 2 MiB (the database refuses more by a check constraint, too). */
export const maxAttachmentBytes = 2 * 1024 * 1024;

export const attachmentContentTypes = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
] as const;
export type AttachmentContentType = (typeof attachmentContentTypes)[number];

/** What the upload form's `accept` lists (a hint for the file picker only). */
export const acceptedExtensions = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.doc,.xls,.ppt";

const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpeg = [0xff, 0xd8, 0xff];
const gif87 = [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]; // "GIF87a"
const gif89 = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]; // "GIF89a"
const riff = [0x52, 0x49, 0x46, 0x46]; // "RIFF"
const webp = [0x57, 0x45, 0x42, 0x50]; // "WEBP", at offset 8
const zip = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": OOXML files are zip archives
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy Office compound file

const ooxml: Record<string, AttachmentContentType> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};
const legacyOffice: Record<string, AttachmentContentType> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,5})$/.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : "";
}

/**
 * The type the bytes really are, or null when the file is not one we accept. Zip and OLE
 * containers also hold many other formats (jar, apk, msi, …), so for those the extension must
 * name the matching Office format as well.
 */
export function detectAttachmentType(bytes: Uint8Array, fileName: string): AttachmentContentType | null {
  if (startsWith(bytes, pdf)) return "application/pdf";
  if (startsWith(bytes, png)) return "image/png";
  if (startsWith(bytes, jpeg)) return "image/jpeg";
  if (startsWith(bytes, gif87) || startsWith(bytes, gif89)) return "image/gif";
  if (startsWith(bytes, riff) && startsWith(bytes, webp, 8)) return "image/webp";
  const extension = extensionOf(fileName);
  if (startsWith(bytes, zip)) return ooxml[extension] ?? null;
  if (startsWith(bytes, ole)) return legacyOffice[extension] ?? null;
  return null;
}

export function isAttachmentContentType(value: string): value is AttachmentContentType {
  return (attachmentContentTypes as readonly string[]).includes(value);
}
