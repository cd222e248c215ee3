import type { Db } from "@/lib/db";
import {
  clearRateLimitEvents,
  isRateLimited,
  rateLimitKey,
  recordRateLimitEvents,
} from "@/lib/security/rate-limit";

/** Sliding window for failed sign-ins. */
export const signInLimits = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perIp: 30,
} as const;

export const accountKey = (identifier: string) => rateLimitKey("login", identifier);
export const ipKey = (ip: string) => rateLimitKey("ip", ip);

/** True when either the account or the address has used up its failed attempts. */
export function isSignInBlocked(db: Db, keys: { account: string; ip: string }, now = new Date()) {
  const { windowMs } = signInLimits;
  return isRateLimited(
    db,
    [
      { key: keys.account, limit: { windowMs, max: signInLimits.perAccount } },
      { key: keys.ip, limit: { windowMs, max: signInLimits.perIp } },
    ],
    now,
  );
}

export function recordFailedSignIn(db: Db, keys: { account: string; ip: string }) {
  return recordRateLimitEvents(db, [keys.account, keys.ip]);
}

/** A successful sign-in clears the account's failures (not the address's). */
export function clearFailedSignIns(db: Db, accountKeyValue: string) {
  return clearRateLimitEvents(db, accountKeyValue);
}
