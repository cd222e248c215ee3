// Pure calendar helpers for the public activity list. No server-only imports.
// ("This month" in Beijing time comes from lib/core/time/beijing.ts.)
import type { ActivityStatus } from "@/lib/generated/prisma/enums";

export interface MonthGroup<T> {
  month: number;
  activities: T[];
}

/** Activities per planned month, as countPublishedPlanByMonth returns them (ascending months). */
export interface MonthCount {
  month: number;
  count: number;
}

/** The list shows this many activities per page: /plan weighs the same at 30 or 300 units. */
export const PLAN_PAGE_SIZE = 20;

/**
 * Groups activities by planned month (ascending), keeping the given order within each month.
 * Months without activities are left out.
 */
export function groupByMonth<T extends { plannedMonth: number }>(activities: readonly T[]): MonthGroup<T>[] {
  const byMonth = new Map<number, T[]>();
  for (const activity of activities) {
    const list = byMonth.get(activity.plannedMonth);
    if (list) list.push(activity);
    else byMonth.set(activity.plannedMonth, [activity]);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, monthActivities]) => ({ month, activities: monthActivities }));
}

/** What a visitor is told about an activity: "unclaimed" or one of the stored statuses. */
export type PublicStatus = ActivityStatus | "UNCLAIMED";

/**
 * The status shown publicly. An activity without a lead unit is "unclaimed" (unless cancelled);
 * an activity that has a lead unit is never shown as waiting to be claimed.
 */
export function publicStatus(activity: { status: ActivityStatus; hasLeadUnit: boolean }): PublicStatus {
  if (activity.status === "CANCELLED") return "CANCELLED";
  if (!activity.hasLeadUnit) return "UNCLAIMED";
  if (activity.status === "PLANNED") return "CLAIMED";
  return activity.status;
}

export interface YearGroup<T> {
  year: number;
  activities: T[];
}

/** Groups activities by year, newest year first, keeping the given order within each year. */
export function groupByYear<T extends { year: number }>(activities: readonly T[]): YearGroup<T>[] {
  const byYear = new Map<number, T[]>();
  for (const activity of activities) {
    const list = byYear.get(activity.year);
    if (list) list.push(activity);
    else byYear.set(activity.year, [activity]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, yearActivities]) => ({ year, activities: yearActivities }));
}
