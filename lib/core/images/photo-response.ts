import { id } from "@/lib/core/forms/fields";
import { isLogoContentType } from "./detect-image-type";

/** A stored photo as the public photo routes read it (activities' reports, venues, needs). */
export type StoredPhoto = { contentType: string; data: Uint8Array<ArrayBuffer> };

/** A record id from a path segment: digits only ("1e3", "+1" and " 1" are not ids). */
export function pathId(raw: string): number | null {
  const result = id.safeParse(raw);
  return result.success && /^\d+$/.test(raw) ? result.data : null;
}

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * The answer of a public photo route /<records>/<id>/photos/<photoId>: the photo `load` finds
 * for the two ids (null when the record is not public), or 404. Stored types are only ever the
 * detected ones; anything else is not served as an image. Sandboxed and nosniff, so a file can
 * never act as a page; a short public cache, as a photo removed (or its record hidden) should
 * disappear soon, and a photo never changes, it only goes.
 */
export async function publicPhotoResponse(
  params: Promise<{ id: string; photoId: string }>,
  load: (recordId: number, photoId: number) => Promise<StoredPhoto | null>,
): Promise<Response> {
  const raw = await params;
  const recordId = pathId(raw.id);
  const photoId = pathId(raw.photoId);
  const photo = recordId === null || photoId === null ? null : await load(recordId, photoId);
  if (!photo || !isLogoContentType(photo.contentType)) return notFound();
  return new Response(photo.data, {
    headers: {
      "Content-Type": photo.contentType,
      "Content-Length": String(photo.data.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "public, max-age=300",
    },
  });
}
