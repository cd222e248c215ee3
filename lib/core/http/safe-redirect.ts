import { can, type Actor } from "@/lib/core/auth/policy";

/**
 * Turns a user-supplied "return to" value (callbackUrl, a referer, a stored link) into a path
 * on this site, judged the way a browser will read it, so a redirect can never leave the site
 * (open-redirect protection). Anything doubtful gives `fallback`; this never throws.
 *
 * What browsers do that naive checks miss (WHATWG URL parsing): they drop tabs and newlines
 * anywhere and control characters at the ends ("/\t/evil.example" is "//evil.example"), read a
 * backslash as a slash ("/\evil.example"), and a proxy or framework in between may decode
 * "%2f"/"%5c"/"%09" once more before the browser sees the result. So a value with any control,
 * format or line-separator character or a backslash is refused outright, the rest is parsed as a
 * browser would against a stand-in origin, and the path is decoded again (a few rounds) to make
 * sure no reading of it starts with two slashes or names another origin.
 */

const standIn = "https://same-site.invalid";
const maxLength = 2048;
const decodeRounds = 4;
// Controls (C0, DEL, C1), format characters (bidi overrides, zero-width, BOM), U+2028/2029.
const doubtfulCharacter = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]/u;
const schemePrefix = /^[a-z][a-z0-9+.-]*:/i;

/** The path part of a URL on the stand-in origin, or null when it would leave it. */
function sameSite(value: string): URL | null {
  if (doubtfulCharacter.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, standIn);
  } catch {
    return null;
  }
  if (url.origin !== standIn || url.pathname.startsWith("//")) return null;
  return url;
}

/** True when the path still reads as same-site after each further round of percent-decoding. */
function staysOnSite(pathname: string): boolean {
  let current = pathname;
  for (let round = 0; round < decodeRounds; round += 1) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (decoded === current) return true;
    if (!decoded.startsWith("/") || !sameSite(decoded)) return false;
    current = decoded;
  }
  // Still changing after several rounds: layered encoding has no honest use here.
  return false;
}

export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > maxLength) return fallback;
  // Plain spaces at the ends are what a browser would drop too; nothing else is forgiven.
  let candidate = value.replace(/^ +| +$/g, "");
  if (!candidate) return fallback;
  if (schemePrefix.test(candidate)) {
    // An absolute address (a referer) keeps only its path: the redirect stays on this site
    // whatever host it named. Only web addresses: javascript:, data: and the rest are refused.
    // Credentials or a missing "//" are tricks, not addresses anyone links to.
    if (!/^https?:\/\//i.test(candidate) || doubtfulCharacter.test(candidate)) return fallback;
    try {
      const absolute = new URL(candidate);
      if (absolute.username || absolute.password) return fallback;
      candidate = absolute.pathname + absolute.search + absolute.hash;
    } catch {
      return fallback;
    }
  }
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return fallback;
  const url = sameSite(candidate);
  if (!url || !staysOnSite(url.pathname)) return fallback;
  return url.pathname + url.search + url.hash;
}

/** Where a signed-in user lands when their requested page is doubtful or missing. */
export function homeFor(user: Actor): "/admin" | "/my" {
  return can(user, "admin.access") ? "/admin" : "/my";
}
