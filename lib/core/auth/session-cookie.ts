import { decode, encode, type JWT } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { cookieLifetime, type SessionClaims } from "./session-policy";

/** next-auth's own cookie name and flags: secure ones when the site is served over HTTPS. */
export function sessionCookie() {
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  return {
    name: secure ? "__Secure-next-auth.session-token" : "next-auth.session-token",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/**
 * The secret next-auth encrypts sessions with; null only under `next dev` without one (next-auth
 * then derives its own, so cookies cannot be re-issued and are left as they are).
 */
export function authSecret(): string | null {
  return process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET || null;
}

export function tokenFromClaims(claims: SessionClaims, extra: JWT = {}): JWT {
  return {
    ...extra,
    sub: String(claims.userId),
    sessionVersion: claims.sessionVersion,
    signedInAt: claims.signedInAt,
    lastSeenAt: claims.lastSeenAt,
  };
}

/** The encrypted cookie value for these claims and how many seconds it may live. */
export async function encodeSessionCookie(
  claims: SessionClaims,
  now: number,
  secret: string,
  extra: JWT = {},
) {
  const maxAge = cookieLifetime(claims, now);
  const value = await encode({ token: tokenFromClaims(claims, extra), secret, maxAge });
  return { value, maxAge };
}

const decodedTokens = new WeakMap<NextRequest, Promise<JWT | null>>();

/**
 * The request's session token, decrypted, or null (no cookie, not ours, expired). For the proxy,
 * which sees the request before next-auth does; decrypted once per request however often asked
 * (routing a signed-in home page and sliding the session both need it).
 */
export function sessionToken(request: NextRequest): Promise<JWT | null> {
  let token = decodedTokens.get(request);
  if (!token) {
    token = decodeSessionToken(request);
    decodedTokens.set(request, token);
  }
  return token;
}

function decodeSessionToken(request: NextRequest): Promise<JWT | null> {
  return decodeSessionValue(request.cookies.get(sessionCookie().name)?.value);
}

/**
 * A session cookie's value decrypted (next-auth's own format and secret, its expiry checked), or
 * null: what getServerSession reads, without re-encrypting a fresh cookie and running the
 * session callback's database check, which getCurrentUser does itself (session-user.ts).
 */
export async function decodeSessionValue(value: string | undefined): Promise<JWT | null> {
  const secret = authSecret();
  if (!value || !secret) return null;
  try {
    return await decode({ token: value, secret });
  } catch {
    return null;
  }
}
