import { id } from "@/lib/core/forms/fields";
import { isLogoContentType } from "@/lib/core/images/detect-image-type";
import { getPublicVenuePhoto } from "@/lib/venues/manage/queries";

// A venue photo, public like the venue map: only for shown (active) venues. Photos never
// change, only go, so a short public cache is safe.

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const parseId = (raw: string) => {
  const result = id.safeParse(raw);
  return result.success && /^\d+$/.test(raw) ? result.data : null;
};

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; photoId: string }> },
) {
  const raw = await params;
  const venueId = parseId(raw.id);
  const photoId = parseId(raw.photoId);
  const photo = venueId === null || photoId === null ? null : await getPublicVenuePhoto(venueId, photoId);
  // Stored types are only ever the detected ones; anything else is not served as an image.
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
