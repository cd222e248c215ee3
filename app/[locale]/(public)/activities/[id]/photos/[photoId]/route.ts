import { parseActivityId } from "@/lib/activities/plan/plan-filters";
import { isLogoContentType } from "@/lib/core/images/detect-image-type";
import { getPublicReportPhoto } from "@/lib/activities/reports/public-queries";

// A report photo, public like the report: only for reported activities of published years
// whose report is shown (not while it is returned for a fix). Photos never change, only go.

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; photoId: string }> },
) {
  const raw = await params;
  const activityId = parseActivityId(raw.id);
  const photoId = parseActivityId(raw.photoId);
  const photo =
    activityId === null || photoId === null ? null : await getPublicReportPhoto(activityId, photoId);
  // Stored types are only ever the detected ones; anything else is not served as an image.
  if (!photo || !isLogoContentType(photo.contentType)) return notFound();
  return new Response(photo.data, {
    headers: {
      "Content-Type": photo.contentType,
      "Content-Length": String(photo.data.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // Short: a photo removed, or a report returned for a fix, should disappear soon.
      "Cache-Control": "public, max-age=300",
    },
  });
}
