import { NextResponse, type NextRequest } from "next/server";
import { slideSession } from "@/lib/auth/slide-session";

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

export async function proxy(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method !== "POST" || length <= maxBodyBytes) {
    const response = NextResponse.next();
    await slideSession(request, response);
    return response;
  }
  const back = request.nextUrl.pathname.replace(/[^\w/.-]/g, "");
  return new NextResponse(tooLargePage(back), {
    status: 413,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
