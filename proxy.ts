import { NextResponse, type NextRequest } from "next/server";
import { slideSession } from "@/lib/core/auth/slide-session";
import { userOfRequest } from "@/lib/core/auth/session-user";
import { hasViewerCopy, isViewerCopyPath, viewerCopyPath } from "@/lib/core/site/viewer-pages";
import { publicOrigin } from "@/lib/core/http/public-origin";
import { createNonce, securityHeaders, servedOverHttps } from "@/lib/core/http/security-headers";
import { defaultLocale, localeCookie, type Locale } from "@/lib/core/i18n/config";
import { alternateLinks, localizePath, readLocaleRoute } from "@/lib/core/i18n/locale-route";
import { isCachedPublicPage } from "@/lib/core/site/cached-pages";
import { routeListPage } from "@/lib/core/site/list-query";
import { planFeedList, planList } from "@/lib/activities/plan/plan-filters";
import { rotationList } from "@/lib/rotation/public/rotation-view";
import { unitsList } from "@/lib/units/directory/unit-params";
import { venuesList } from "@/lib/venues/public/filters";
import { siteAssets } from "@/lib/core/site/assets";
import { tileOrigins } from "@/lib/venues/map/tiles";

// Every response passes here (pages, route handlers, static files, errors): it gets the
// security headers (lib/core/http/security-headers.ts) with a fresh script nonce. Next.js reads the
// nonce from the request's Content-Security-Policy header and puts it on its own scripts. Public
// pages served from the cache get none (lib/core/site/cached-pages.ts).
//
// Locale routing (lib/core/i18n/routing.ts): `/en/…` is English; every other page address is
// Chinese and is rewritten to the `[locale]` segment `/zh-CN/…` inside the app; `/zh-CN/…` typed
// by hand redirects to the address without it. A visitor who chose English with the language
// switch (cookie) and opens an old Chinese address is sent to its English one.
//
// The filtered public lists (/plan, /units, /rotation, /venues) and the plan's feed (/plan.ics)
// are served from the cache: their query is made canonical here and rewritten to a route that
// reads no query (lib/core/site/list-query.ts); the visitor keeps seeing the query form.

// Server actions accept bodies up to 3 MB (next.config.ts). A bigger form post (a 50 MB photo
// sent from a phone without JavaScript) would otherwise end in Next's own error; answer it
// here with a plain page that explains what happened and links back.
const maxBodyBytes = 3 * 1024 * 1024;

function tooLargePage(back: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>文件过大 · File too large</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6">
<h1>文件过大 · File too large</h1>
<p>上传的内容超过 3 MB，未被接收。请压缩图片（单张图片不超过 1 MB）后重新提交。</p>
<p lang="en">The upload is larger than 3 MB and was not accepted. Please make images smaller (1 MB each at most) and submit again.</p>
<p><a href="${back}">返回 · Go back</a></p></body></html>`;
}

function tooLarge(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  return Number(request.headers.get("content-length") ?? 0) > maxBodyBytes;
}

const publicFiles = new Set<string>([
  siteAssets.favicon,
  siteAssets.svgIcon,
  siteAssets.appleTouchIcon,
  siteAssets.manifest,
  siteAssets.shareCard,
]);

/** Addresses outside the localized app: Next's files, API routes, the files in public/. */
function unlocalized(pathname: string): boolean {
  return (
    pathname.startsWith("/_next/") ||
    pathname === "/api" ||
    pathname.startsWith("/api/") ||
    publicFiles.has(pathname) ||
    pathname.startsWith(`${siteAssets.iconFolder}/`)
  );
}

type Routed =
  | { redirect: URL; status: 307 | 308 }
  | { rewrite: URL | null; path: string; locale?: Locale; cached?: boolean; viewerCopy?: boolean };

const listPages = [planList, planFeedList, unitsList, rotationList, venuesList];

// No page takes a query anywhere near this long (searches are capped at 100 characters); a
// longer one (fuzzers, broken links) is refused before Next repeats it in its rewrite header
// and a client refuses to read the answer.
const maxQuery = 4096;

/** A list page's query made canonical (redirect) or rewritten to its cached or search route. */
function routeList(request: NextRequest, locale: Locale, path: string): Routed | null {
  const list = routeListPage(listPages, path, request.nextUrl.search);
  if (list === null) return null;
  if ("redirect" in list) {
    return { redirect: new URL(localizePath(list.redirect, locale), request.url), status: 308 };
  }
  return { rewrite: new URL(`/${locale}${list.rewrite}`, request.url), path, locale, cached: list.cached };
}

function routeLocale(request: NextRequest): Routed {
  const { pathname, search } = request.nextUrl;
  if (unlocalized(pathname)) return { rewrite: null, path: pathname };
  const route = readLocaleRoute(pathname);
  const reading = request.method === "GET" || request.method === "HEAD";
  const list = (locale: Locale, path: string) => (reading ? routeList(request, locale, path) : null);
  if (route.kind === "prefixed") {
    if (route.locale === defaultLocale && reading)
      return { redirect: new URL(route.rest + search, request.url), status: 308 };
    return list(route.locale, route.rest) ?? { rewrite: null, path: route.rest, locale: route.locale };
  }
  if (reading && request.cookies.get(localeCookie)?.value === "en") {
    return { redirect: new URL(localizePath(route.rest, "en") + search, request.url), status: 307 };
  }
  const internal = `/${defaultLocale}${pathname === "/" ? "" : pathname}${search}`;
  return (
    list(defaultLocale, pathname) ?? {
      rewrite: new URL(internal, request.url),
      path: pathname,
      locale: defaultLocale,
    }
  );
}

/** Only the router's own cache-busting parameter: a signed-in home page reads no query. */
const noQuery = (search: string) => search === "" || /^\?_rsc=[\w-]*$/.test(search);

/**
 * A signed-in home page for its own viewer is served from that viewer's cached copy; the copies'
 * internal addresses are refused to browsers (lib/core/site/viewer-pages.ts).
 */
async function routeViewer(request: NextRequest, routed: Routed): Promise<Routed> {
  if (!("path" in routed) || routed.locale === undefined) return routed;
  const { path, locale } = routed;
  if (isViewerCopyPath(path)) return { rewrite: new URL(`/${locale}/_not-found`, request.url), path };
  const { method, nextUrl } = request;
  if (!hasViewerCopy(path) || !["GET", "HEAD", "POST"].includes(method) || !noQuery(nextUrl.search))
    return routed;
  // A database that cannot answer: the per-request page shows its friendly error.
  const copy = viewerCopyPath(path, await userOfRequest(request).catch(() => null));
  if (copy === null) return routed;
  return { rewrite: new URL(`/${locale}${copy}${nextUrl.search}`, request.url), path, viewerCopy: true };
}

export async function proxy(request: NextRequest) {
  const routed = await routeViewer(request, routeLocale(request));
  const path = "path" in routed ? routed.path : request.nextUrl.pathname;
  const cached = "path" in routed && request.method === "GET" && (routed.cached ?? isCachedPublicPage(path));
  const viewerCopy = "path" in routed && routed.viewerCopy === true;
  // A cached page cannot carry a per-request nonce (lib/core/http/security-headers.ts).
  const nonce = cached || viewerCopy ? null : createNonce();
  const headers = securityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: servedOverHttps(publicOrigin(), request.nextUrl.protocol),
    imageOrigins: tileOrigins(),
    pathname: path,
  });
  let response: NextResponse;
  if ("redirect" in routed) {
    response = NextResponse.redirect(routed.redirect, routed.status);
  } else if (request.nextUrl.search.length > maxQuery) {
    response = new NextResponse("URI too long", {
      status: 414,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  } else if (tooLarge(request)) {
    const back = request.nextUrl.pathname.replace(/[^\w/.-]/g, "").replace(/^\/+/, "/");
    response = new NextResponse(tooLargePage(back), {
      status: 413,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  } else {
    const forwarded = new Headers(request.headers);
    forwarded.delete("x-nonce");
    forwarded.delete("content-security-policy");
    if (nonce !== null) {
      forwarded.set("x-nonce", nonce);
      forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);
    }
    response = routed.rewrite
      ? NextResponse.rewrite(routed.rewrite, { request: { headers: forwarded } })
      : NextResponse.next({ request: { headers: forwarded } });
    // Page loads slide the idle timeout (lib/core/auth/slide-session.ts); static files need not.
    if (!request.nextUrl.pathname.startsWith("/_next/")) await slideSession(request, response);
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // Public pages name their address in the other language (hreflang) for search engines.
  if (cached) response.headers.set("Link", alternateLinks(path, publicOrigin()));
  // A viewer's copy is theirs alone: no shared cache may keep it.
  if (viewerCopy) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

// Everything, static files included: they need nosniff and the rest as much as pages do.
export const config = {
  matcher: ["/:path*"],
};
