import { getPublicUnitLogo } from "@/lib/units/directory/logo";
import { parseUnitSlug } from "@/lib/units/directory/unit-params";
import { isLogoContentType } from "@/lib/core/images/detect-image-type";

// A unit's logo, public like its profile page. Pages link to it with ?v=<version>: that URL
// never changes content and is cached for a year; the bare URL is revalidated every time.

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseUnitSlug((await params).slug);
  const logo = slug === null ? null : await getPublicUnitLogo(slug);
  // Stored types are only ever the detected ones; anything else is not served as an image.
  if (!logo || !isLogoContentType(logo.contentType)) return notFound();

  const version = logo.updatedAt.getTime().toString(36);
  const etag = `"${version}-${logo.data.byteLength}"`;
  const requested = new URL(request.url).searchParams.get("v");
  const headers = {
    "Content-Type": logo.contentType,
    "X-Content-Type-Options": "nosniff",
    // Opened directly, the response may do nothing but show the image.
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control":
      requested === version ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    ETag: etag,
    "Last-Modified": logo.updatedAt.toUTCString(),
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(logo.data, {
    headers: { ...headers, "Content-Length": String(logo.data.byteLength) },
  });
}
