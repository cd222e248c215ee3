// Growing delays, as pure logic: what one more attempt does to a counter row. The database
// side (lib/core/security/rate-limit.ts) applies it under a row lock, so parallel attempts queue.

export type DelayPolicy = {
  /** Attempts let through before any delay. */
  freeAttempts: number;
  /** The first delay; each further attempt doubles it … */
  baseSeconds: number;
  /** … up to this. */
  maxSeconds: number;
  /** A row untouched this long starts over (and may be pruned). */
  forgetAfterSeconds: number;
};

export type DelayRow = { count: number; refused: number; blockedUntil: Date | null; updatedAt: Date };

export type DelayDecision = { next: DelayRow; admitted: boolean; retryAfterSeconds: number };

/** The delay after the n-th counted attempt (n ≥ freeAttempts): base · 2^(n − free), capped. */
export function delaySeconds(count: number, policy: DelayPolicy): number {
  const steps = count - policy.freeAttempts;
  if (steps < 0) return 0;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(steps, 30));
}

/**
 * One more attempt. Refused while the row is blocked (counted in `refused`). Otherwise it is
 * let through and counted before its outcome is known — a success clears the row afterwards —
 * so from the free allowance on it blocks the next attempt at once: of many parallel attempts
 * only the allowance gets through.
 */
export function decideAttempt(row: DelayRow | null, now: Date, policy: DelayPolicy): DelayDecision {
  const stale = !row || now.getTime() - row.updatedAt.getTime() >= policy.forgetAfterSeconds * 1000;
  const previous = stale ? { count: 0, refused: 0, blockedUntil: null } : row;
  if (previous.blockedUntil && previous.blockedUntil > now) {
    return {
      next: { ...previous, refused: previous.refused + 1, updatedAt: now },
      admitted: false,
      retryAfterSeconds: Math.ceil((previous.blockedUntil.getTime() - now.getTime()) / 1000),
    };
  }
  const count = previous.count + 1;
  const delay = delaySeconds(count, policy);
  const blockedUntil = delay > 0 ? new Date(now.getTime() + delay * 1000) : null;
  return {
    next: { count, refused: previous.refused, blockedUntil, updatedAt: now },
    admitted: true,
    retryAfterSeconds: 0,
  };
}
