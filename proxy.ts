import { NextResponse, type NextRequest } from "next/server";
import { slideSession } from "@/lib/core/auth/slide-session";
import { publicOrigin } from "@/lib/core/http/public-origin";
import { createNonce, securityHeaders, servedOverHttps } from "@/lib/core/http/security-headers";
import { tileOrigins } from "@/lib/venues/map/tiles";

// Every response passes here (pages, route handlers, static files, errors): it gets the
// security headers (lib/core/http/security-headers.ts) with a fresh script nonce. Next.js reads the
// nonce from the request's Content-Security-Policy header and puts it on its own scripts.

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

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: servedOverHttps(publicOrigin(), request.nextUrl.protocol),
    imageOrigins: tileOrigins(),
    pathname: request.nextUrl.pathname,
  });
  let response: NextResponse;
  if (tooLarge(request)) {
    const back = request.nextUrl.pathname.replace(/[^\w/.-]/g, "").replace(/^\/+/, "/");
    response = new NextResponse(tooLargePage(back), {
      status: 413,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  } else {
    const forwarded = new Headers(request.headers);
    forwarded.set("x-nonce", nonce);
    forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);
    response = NextResponse.next({ request: { headers: forwarded } });
    // Page loads slide the idle timeout (lib/core/auth/slide-session.ts); static files need not.
    if (!request.nextUrl.pathname.startsWith("/_next/")) await slideSession(request, response);
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Everything, static files included: they need nosniff and the rest as much as pages do.
export const config = {
  matcher: ["/:path*"],
};
