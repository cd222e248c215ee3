import type { NextRequest, NextResponse } from "next/server";
import { authSecret, encodeSessionCookie, sessionCookie, sessionToken } from "./session-cookie";
import { nowInSeconds, parseClaims, refreshAfterSeconds, sessionAge } from "./session-policy";

/**
 * The idle timeout slides while a session is in use: on a request at least refreshAfterSeconds
 * after the token's lastSeenAt, the proxy re-issues the cookie with lastSeenAt = now (and a
 * lifetime never past the absolute timeout). Pages cannot set cookies, so this is the one
 * place that sees every request. Only page loads (GET) slide it: sign-in, sign-out and server
 * actions (POST) may set the cookie themselves, and two Set-Cookie headers would race.
 */
export async function slideSession(
  request: NextRequest,
  response: NextResponse,
  now: number = nowInSeconds(),
): Promise<void> {
  if (request.method !== "GET" || request.nextUrl.pathname.startsWith("/api/auth/")) return;
  const { name, options } = sessionCookie();
  const secret = authSecret();
  if (!secret) return;
  // None when the cookie is not ours or has expired: getCurrentUser treats it as signed out.
  const token = await sessionToken(request);
  const claims = parseClaims(token);
  if (!token || !claims || sessionAge(claims, now) !== "current") return;
  if (now - claims.lastSeenAt < refreshAfterSeconds) return;
  const fresh = await encodeSessionCookie({ ...claims, lastSeenAt: now }, now, secret, token);
  response.cookies.set(name, fresh.value, { ...options, maxAge: fresh.maxAge });
}
