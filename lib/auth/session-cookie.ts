import { encode, type JWT } from "next-auth/jwt";
import { cookieLifetime, type SessionClaims } from "./session-policy";

/** next-auth's own cookie name and flags: secure ones when the site is served over HTTPS. */
export function sessionCookie() {
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  return {
    name: secure ? "__Secure-next-auth.session-token" : "next-auth.session-token",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
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
export async function encodeSessionCookie(claims: SessionClaims, now: number, extra: JWT = {}) {
  const maxAge = cookieLifetime(claims, now);
  const value = await encode({ token: tokenFromClaims(claims, extra), secret: authSecret(), maxAge });
  return { value, maxAge };
}
