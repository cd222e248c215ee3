import type { Db } from "@/lib/db";

/** Sliding window for failed sign-ins. */
export const signInLimits = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perIp: 30,
} as const;

export function accountKey(identifier: string): string {
  return `login:${identifier.trim().toLowerCase().slice(0, 80)}`;
}
export function ipKey(ip: string): string {
  return `ip:${ip.slice(0, 80)}`;
}

/** True when either the account or the address has used up its failed attempts. */
export async function isSignInBlocked(db: Db, keys: { account: string; ip: string }, now = new Date()) {
  const since = new Date(now.getTime() - signInLimits.windowMs);
  const [account, ip] = await Promise.all([
    db.loginAttempt.count({ where: { key: keys.account, createdAt: { gt: since } } }),
    db.loginAttempt.count({ where: { key: keys.ip, createdAt: { gt: since } } }),
  ]);
  return account >= signInLimits.perAccount || ip >= signInLimits.perIp;
}

export async function recordFailedSignIn(db: Db, keys: { account: string; ip: string }) {
  await db.loginAttempt.createMany({ data: [{ key: keys.account }, { key: keys.ip }] });
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearFailedSignIns(db: Db, accountKeyValue: string) {
  await db.loginAttempt.deleteMany({ where: { key: accountKeyValue } });
}
