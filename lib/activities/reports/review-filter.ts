// The review list's `?status=` (/admin/reports), which the admin overview's "needs attention"
// links to, and when a report is overdue. Pure, so the rule is tested without a database.
import { beijingToday, dayMs } from "@/lib/core/time/beijing";
import { earliestHeldDate } from "./dates";

export const reviewFilters = ["SUBMITTED", "NEEDS_FIX", "OVERDUE"] as const;
export type ReviewFilter = (typeof reviewFilters)[number];

/** A known filter, else null: the default list (submitted and returned reports). */
export function parseReviewFilter(value: string | string[] | undefined): ReviewFilter | null {
  return typeof value === "string" && (reviewFilters as readonly string[]).includes(value)
    ? (value as ReviewFilter)
    : null;
}

/**
 * The committee sets no deadline for reports; the portal asks for one within two weeks of the
 * activity, or of the admin's request for a fix (the secretary's to-do list uses this too:
 * lib/units/self-service/todo.ts).
 */
export const reportWindowDays = 14;

export type OverdueCandidate = {
  year: number;
  plannedMonth: number;
  plannedDate: Date | null;
  /** The report, if any: only a returned one can still be overdue. */
  report: { status: string; updatedAt: Date } | null;
};

/** The calendar day (UTC midnight) a report is due: null when none is awaited. */
export function reportDueDay(activity: OverdueCandidate): Date | null {
  if (activity.report === null) {
    const held = earliestHeldDate(activity.year, activity.plannedMonth, activity.plannedDate);
    return new Date(held.getTime() + reportWindowDays * dayMs);
  }
  if (activity.report.status !== "NEEDS_FIX") return null;
  return new Date(beijingToday(activity.report.updatedAt).getTime() + reportWindowDays * dayMs);
}

/** Overdue once the due day has passed (Beijing): due today is not overdue yet. */
export function isReportOverdue(activity: OverdueCandidate, now: Date): boolean {
  const due = reportDueDay(activity);
  return due !== null && due < beijingToday(now);
}
