// When a failed email is tried again: exponential backoff from MAIL_RETRY_BASE_MS (default one
// minute: 1, 2, 4, 8 … minutes), capped at six hours, and given up after MAIL_MAX_ATTEMPTS
// attempts (default 6, so about an hour of trying).

type Env = Record<string, string | undefined>;

export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };

function positive(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw?.trim() && Number.isInteger(value) && value > 0 ? value : fallback;
}

export function retryPolicy(env: Env = process.env): RetryPolicy {
  return {
    maxAttempts: positive(env.MAIL_MAX_ATTEMPTS, 6),
    baseDelayMs: positive(env.MAIL_RETRY_BASE_MS, 60_000),
    maxDelayMs: 6 * 60 * 60_000,
  };
}

/** The wait before the next try, after `attempts` failed tries (1 or more). */
export function retryDelayMs(attempts: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}

/** What becomes of a message whose try number `attempts` failed. */
export function afterFailure(
  attempts: number,
  policy: RetryPolicy,
  now: Date,
): { status: "FAILED" } | { status: "PENDING"; nextAttemptAt: Date } {
  if (attempts >= policy.maxAttempts) return { status: "FAILED" };
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, policy)) };
}
