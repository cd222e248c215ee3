// Pure calendar helpers for the public activity list. No server-only imports.
// ("This month" in Beijing time comes from lib/core/time/beijing.ts.)
import type { ActivityStatus } from "@/lib/generated/prisma/enums";

export interface MonthGroup<T> {
  month: number;
  items: T[];
}

/**
 * Groups items by planned month (ascending), keeping the given order within each month.
 * Months without items are left out.
 */
export function groupByMonth<T extends { plannedMonth: number }>(items: readonly T[]): MonthGroup<T>[] {
  const byMonth = new Map<number, T[]>();
  for (const item of items) {
    const list = byMonth.get(item.plannedMonth);
    if (list) list.push(item);
    else byMonth.set(item.plannedMonth, [item]);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, monthItems]) => ({ month, items: monthItems }));
}

/** What a visitor is told about an item: "unclaimed" or one of the stored statuses. */
export type PublicStatus = ActivityStatus | "UNCLAIMED";

/**
 * The status shown publicly. An item without a lead unit is "unclaimed" (unless cancelled);
 * an item that has a lead unit is never shown as waiting to be claimed.
 */
export function publicStatus(item: { status: ActivityStatus; hasLeadUnit: boolean }): PublicStatus {
  if (item.status === "CANCELLED") return "CANCELLED";
  if (!item.hasLeadUnit) return "UNCLAIMED";
  if (item.status === "PLANNED") return "CLAIMED";
  return item.status;
}

export interface YearGroup<T> {
  year: number;
  items: T[];
}

/** Groups items by year, newest year first, keeping the given order within each year. */
export function groupByYear<T extends { year: number }>(items: readonly T[]): YearGroup<T>[] {
  const byYear = new Map<number, T[]>();
  for (const item of items) {
    const list = byYear.get(item.year);
    if (list) list.push(item);
    else byYear.set(item.year, [item]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, yearItems]) => ({ year, items: yearItems }));
}
