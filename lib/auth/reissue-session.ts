import "server-only";
import { cookies } from "next/headers";
import { currentSessionClaims } from "./session";
import { authSecret, encodeSessionCookie, sessionCookie } from "./session-cookie";
import { nowInSeconds } from "./session-policy";

/**
 * After the person changed their own password (which revoked all their sessions), keeps them
 * signed in on this device: the cookie is re-issued under the new session version, with the
 * original sign-in time so the absolute timeout still counts from the real sign-in.
 */
export async function reissueSessionCookie(userId: number, sessionVersion: number): Promise<void> {
  const claims = await currentSessionClaims();
  const secret = authSecret();
  if (!claims || claims.userId !== userId || !secret) return;
  const now = nowInSeconds();
  const fresh = { ...claims, sessionVersion, lastSeenAt: now };
  const { value, maxAge } = await encodeSessionCookie(fresh, now, secret);
  const { name, options } = sessionCookie();
  (await cookies()).set(name, value, { ...options, maxAge });
}
