// How long a session lives. The one place these numbers are set (README: "Sessions").

/** A session ends after this long without a request (the proxy slides it while in use). */
export const idleTimeoutSeconds = 2 * 60 * 60;

/** A session ends this long after sign-in however busy it is: signedInAt is never renewed. */
export const absoluteTimeoutSeconds = 12 * 60 * 60;

/** The proxy re-issues the cookie with a fresh lastSeenAt at most this often per session. */
export const refreshAfterSeconds = 5 * 60;

/** What the session token carries besides the user id; times in whole seconds since the epoch. */
export type SessionClaims = {
  userId: number;
  sessionVersion: number;
  signedInAt: number;
  lastSeenAt: number;
};

export type SessionAge = "current" | "idle" | "expired";

/** Whether a session is still within both timeouts at `now` (seconds since the epoch). */
export function sessionAge(claims: SessionClaims, now: number): SessionAge {
  if (now - claims.signedInAt >= absoluteTimeoutSeconds || claims.signedInAt > now + 60) return "expired";
  if (now - claims.lastSeenAt >= idleTimeoutSeconds) return "idle";
  return "current";
}

/** Seconds the cookie may still live: the idle timeout, cut short by the absolute one. */
export function cookieLifetime(claims: SessionClaims, now: number): number {
  return Math.max(0, Math.min(idleTimeoutSeconds, claims.signedInAt + absoluteTimeoutSeconds - now));
}

export const nowInSeconds = (date: Date = new Date()) => Math.floor(date.getTime() / 1000);

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

/**
 * Reads the claims out of a decoded token (or the session built from it); null when any is
 * missing, e.g. a token issued before session versions existed, which therefore counts as
 * signed out.
 */
export function parseClaims(source: unknown): SessionClaims | null {
  if (!source || typeof source !== "object") return null;
  const raw = source as Record<string, unknown>;
  const userId = Number(raw.sub ?? (raw.user as { id?: unknown } | undefined)?.id);
  const { sessionVersion, signedInAt, lastSeenAt } = raw;
  if (!Number.isSafeInteger(userId) || userId <= 0) return null;
  if (!isCount(sessionVersion) || !isCount(signedInAt) || !isCount(lastSeenAt)) return null;
  return { userId, sessionVersion, signedInAt, lastSeenAt };
}
