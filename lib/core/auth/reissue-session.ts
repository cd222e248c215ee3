import "server-only";
import { cookies } from "next/headers";
import { authSecret, encodeSessionCookie, sessionCookie } from "./session-cookie";
import { nowInSeconds, type SessionClaims } from "./session-policy";

/**
 * After the person changed their own password (which revoked all their sessions), keeps them
 * signed in on this device: the cookie is re-issued under the new session version, with the
 * original sign-in time so the absolute timeout still counts from the real sign-in. `claims` are
 * this device's, read before the change revoked them.
 */
export async function reissueSessionCookie(
  claims: SessionClaims | null,
  userId: number,
  sessionVersion: number,
): Promise<void> {
  const secret = authSecret();
  if (!claims || claims.userId !== userId || !secret) return;
  const now = nowInSeconds();
  const fresh = { ...claims, sessionVersion, lastSeenAt: now };
  const { value, maxAge } = await encodeSessionCookie(fresh, now, secret);
  const { name, options } = sessionCookie();
  (await cookies()).set(name, value, { ...options, maxAge });
}
