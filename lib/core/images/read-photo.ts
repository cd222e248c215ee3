import { detectImageType, imageSignatureLength, type LogoContentType } from "./detect-image-type";
import { imageSizeProblem } from "./image-size";

// An uploaded photo checked the way report photos are: the type from its first bytes (never the
// name or the browser's MIME type), the size before and after reading it.

export type CheckedPhoto = { contentType: LogoContentType; data: Uint8Array<ArrayBuffer> };

/** The photo's bytes and detected type, or why it is refused. */
export async function readPhoto(
  file: Blob,
  maxBytes: number,
): Promise<CheckedPhoto | { refused: "tooLarge" | "type" | "tooManyPixels" }> {
  if (file.size > maxBytes) return { refused: "tooLarge" };
  const contentType = detectImageType(
    new Uint8Array(await file.slice(0, imageSignatureLength).arrayBuffer()),
  );
  if (!contentType) return { refused: "type" };
  const data = new Uint8Array(await file.arrayBuffer());
  if (data.byteLength > maxBytes) return { refused: "tooLarge" };
  // Browsers decode it for every visitor: a pixel bomb is refused by its declared size.
  if (imageSizeProblem(data, contentType)) return { refused: "tooManyPixels" };
  return { contentType, data };
}
