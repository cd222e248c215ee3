import { createHash } from "node:crypto";
import type { Db, Tx } from "@/lib/core/db";
import { decideAttempt, type DelayDecision, type DelayPolicy, type DelayRow } from "./delays";

type Client = Db | Tx;

/** How many attempts a key may make inside a fixed window. */
export type RateLimit = { windowMs: number; max: number };

export type Hit = { count: number; allowed: boolean; retryAfterSeconds: number };

/** Counter rows untouched this long are deleted (longer than any window or delay). */
export const rateLimitRetentionMs = 24 * 60 * 60 * 1000;

/**
 * Counts one attempt against a fixed window in one atomic statement: parallel attempts each
 * get their own count back, so 40 at once are counted as 40 and only `max` are allowed.
 */
export async function hitRateLimit(
  db: Client,
  key: string,
  limit: RateLimit,
  now = new Date(),
): Promise<Hit> {
  const expired = new Date(now.getTime() - limit.windowMs);
  const rows = await db.$queryRaw<Array<{ count: number; windowStart: Date }>>`
    INSERT INTO "RateLimitCounter" AS c (key, count, "windowStart", "updatedAt")
    VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN c."windowStart" <= ${expired} THEN 1 ELSE c.count + 1 END,
      "windowStart" = CASE WHEN c."windowStart" <= ${expired} THEN ${now} ELSE c."windowStart" END,
      "updatedAt" = ${now}
    RETURNING count, "windowStart"`;
  const { count, windowStart } = rows[0]!;
  const ends = windowStart.getTime() + limit.windowMs;
  return {
    count,
    allowed: count <= limit.max,
    retryAfterSeconds: Math.max(1, Math.ceil((ends - now.getTime()) / 1000)),
  };
}

/** Takes back one counted attempt (it turned out fine, e.g. a correct password). */
export async function releaseRateLimitHit(db: Client, key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitCounter" SET count = greatest(count - 1, 0) WHERE key = ${key}`;
}

/**
 * One attempt against a growing delay (lib/core/security/delays.ts). The row is locked while the
 * decision is made, so parallel attempts queue and each sees the one before it.
 */
export async function admitAttempt(
  db: Db,
  key: string,
  policy: DelayPolicy,
  now = new Date(),
): Promise<DelayDecision> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "RateLimitCounter" (key, count, refused, "windowStart", "updatedAt")
      VALUES (${key}, 0, 0, ${now}, ${now}) ON CONFLICT (key) DO NOTHING`;
    const [row] = await tx.$queryRaw<DelayRow[]>`
      SELECT count, refused, "blockedUntil", "updatedAt" FROM "RateLimitCounter" WHERE key = ${key} FOR UPDATE`;
    const decision = decideAttempt(row!.count === 0 && row!.refused === 0 ? null : row!, now, policy);
    const { count, refused, blockedUntil, updatedAt } = decision.next;
    await tx.$executeRaw`
      UPDATE "RateLimitCounter"
      SET count = ${count}, refused = ${refused}, "blockedUntil" = ${blockedUntil}, "updatedAt" = ${updatedAt}
      WHERE key = ${key}`;
    return decision;
  });
}

export async function clearRateLimit(db: Client, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE key = ${key}`;
}

/** Clears every key that starts with the prefix (all addresses' rows of one account). */
export async function clearRateLimitPrefix(db: Client, prefix: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE starts_with(key, ${prefix})`;
}

/**
 * Deletes a bounded batch of rows untouched for the retention period; called on writes, so the
 * table stays small without a separate job, and cheap thanks to the index on updatedAt.
 */
export async function pruneRateLimits(db: Client, now = new Date(), batch = 500): Promise<number> {
  const cutoff = new Date(now.getTime() - rateLimitRetentionMs);
  return db.$executeRaw`
    DELETE FROM "RateLimitCounter" WHERE key IN (
      SELECT key FROM "RateLimitCounter" WHERE "updatedAt" < ${cutoff} LIMIT ${batch})`;
}

/** Keys are bounded so that hostile input cannot bloat the table. */
export function rateLimitKey(scope: string, value: string): string {
  return `${scope}:${value.trim().toLowerCase().slice(0, 120)}`;
}

/** A fixed-length tag for free text (a typed login) inside a key: no separator can leak in. */
export function keyTag(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase()).digest("hex").slice(0, 32);
}
