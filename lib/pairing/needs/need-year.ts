import type { Prisma } from "@/lib/generated/prisma/client";
import { beijingMonthStart } from "@/lib/core/time/beijing";

/**
 * The needs of a Beijing calendar year (/admin/needs?year=, the admin overview's "needs met"):
 * a closed or cancelled need belongs to the year it was closed, an open or matched one to the
 * year it was posted — so "closed in 2025" is exactly the needs met that year.
 */
export function needsOfYear(year: number): Prisma.NeedWhereInput {
  const range = { gte: beijingMonthStart(year, 1), lt: beijingMonthStart(year + 1, 1) };
  return { OR: [{ closedAt: range }, { closedAt: null, createdAt: range }] };
}

/** `?year=`: a four-digit year, else null (every year). */
export function parseNeedYear(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}
