import type { Db, Tx } from "@/lib/db";

type Client = Db | Tx;

/** How many events a key may have inside a sliding window. */
export type RateLimit = { windowMs: number; max: number };

/** True when any of the keys has reached its limit. */
export async function isRateLimited(
  db: Client,
  checks: Array<{ key: string; limit: RateLimit }>,
  now = new Date(),
): Promise<boolean> {
  const counts = await Promise.all(
    checks.map(({ key, limit }) =>
      db.rateLimitEvent.count({
        where: { key, createdAt: { gt: new Date(now.getTime() - limit.windowMs) } },
      }),
    ),
  );
  return counts.some((count, index) => count >= checks[index]!.limit.max);
}

export async function recordRateLimitEvents(db: Client, keys: string[]): Promise<void> {
  await db.rateLimitEvent.createMany({ data: keys.map((key) => ({ key })) });
}

export async function clearRateLimitEvents(db: Client, key: string): Promise<void> {
  await db.rateLimitEvent.deleteMany({ where: { key } });
}

/** Keys are bounded so that hostile input cannot bloat the table. */
export function rateLimitKey(scope: string, value: string): string {
  return `${scope}:${value.trim().toLowerCase().slice(0, 120)}`;
}
