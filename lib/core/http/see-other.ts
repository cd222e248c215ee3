import { safeRedirectPath } from "./safe-redirect";

/**
 * A 303 redirect for route handlers, to a same-site path only (lib/core/http/safe-redirect.ts).
 * The Location is relative on purpose: the browser resolves it against the address it used, so
 * neither a forged Host header nor an internal host behind a proxy can change where it goes, and
 * 127.0.0.1 vs localhost keeps its cookies. (Response.redirect would need an absolute URL, and
 * request.url carries the request's Host.)
 */
export function seeOther(target: string, fallback = "/"): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: safeRedirectPath(target, fallback), "Cache-Control": "no-store" },
  });
}
