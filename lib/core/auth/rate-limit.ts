import type { Db, Tx } from "@/lib/core/db";
import type { DelayPolicy } from "@/lib/core/security/delays";
import {
  admitAttempt,
  clearRateLimit,
  clearRateLimitPrefix,
  hitRateLimit,
  keyTag,
  pruneRateLimits,
  rateLimitKey,
  releaseRateLimitHit,
} from "@/lib/core/security/rate-limit";

/**
 * Sign-in limits. Per address and account: the first `freeAttempts` failures cost nothing,
 * then each further attempt waits twice as long (1 s, 2 s, 4 s … up to 15 min). A stranger
 * hammering the published `admin` login from one address therefore slows only that address:
 * the real admin, signing in from an address with no recent failures, goes straight through.
 * Per address overall: at most `perIp` attempts not known to be good in 15 minutes.
 */
export const signInLimits = {
  pair: { freeAttempts: 5, baseSeconds: 1, maxSeconds: 15 * 60, forgetAfterSeconds: 24 * 60 * 60 },
  ip: { windowMs: 15 * 60 * 1000, max: 30 },
} as const satisfies { pair: DelayPolicy; ip: { windowMs: number; max: number } };

export type SignInKeys = { ip: string; pair: string };

const pairPrefix = (identifier: string) => `signin:pair:${keyTag(identifier)}|`;

export function signInKeys(identifier: string, ip: string): SignInKeys {
  return { ip: rateLimitKey("signin:ip", ip), pair: `${pairPrefix(identifier)}${ip.slice(0, 64)}` };
}

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/**
 * Counts the attempt (before the password is compared, so parallel attempts cannot slip past
 * a limit) and says whether it may go on to the comparison.
 */
export async function admitSignIn(db: Db, keys: SignInKeys, now = new Date()): Promise<Admission> {
  await pruneRateLimits(db, now);
  const ip = await hitRateLimit(db, keys.ip, signInLimits.ip, now);
  if (!ip.allowed) return { admitted: false, retryAfterSeconds: ip.retryAfterSeconds };
  const pair = await admitAttempt(db, keys.pair, signInLimits.pair, now);
  if (!pair.admitted) return { admitted: false, retryAfterSeconds: pair.retryAfterSeconds };
  return { admitted: true };
}

/** A correct password: the attempt was not a failure after all, and this pair starts over. */
export async function signInSucceeded(db: Db, keys: SignInKeys): Promise<void> {
  await releaseRateLimitHit(db, keys.ip);
  await clearRateLimit(db, keys.pair);
}

/** Lifts the delays on an account from every address (an admin reset its password). */
export async function clearAccountDelays(db: Db | Tx, identifier: string): Promise<void> {
  await clearRateLimitPrefix(db, pairPrefix(identifier));
}
