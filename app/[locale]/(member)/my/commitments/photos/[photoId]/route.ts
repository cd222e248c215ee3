import { getCurrentUser } from "@/lib/core/auth/session";
import { can } from "@/lib/core/auth/policy";
import { getCommitmentPhoto } from "@/lib/activities/commitments/queries";
import { id } from "@/lib/core/forms/fields";
import { isLogoContentType } from "@/lib/core/images/detect-image-type";

// A commitment record's photo: private evidence, shown to its unit's secretaries and to admins
// (the review queue); everybody else gets the same 404 as for a photo that does not exist.

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ photoId: string }> }) {
  const raw = (await params).photoId;
  const parsed = id.safeParse(raw);
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword || !parsed.success || !/^\d+$/.test(raw)) return notFound();
  const photo = await getCommitmentPhoto(parsed.data);
  if (!photo || !can(user, { action: "commitment.view", unitId: photo.record.unitId })) return notFound();
  // Stored types are only ever the detected ones; anything else is not served as an image.
  if (!isLogoContentType(photo.contentType)) return notFound();
  return new Response(photo.data, {
    headers: {
      "Content-Type": photo.contentType,
      "Content-Length": String(photo.data.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
