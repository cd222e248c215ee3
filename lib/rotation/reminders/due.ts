// When duty units are reminded of their month (pure date logic, no database).
//
// A duty month starts on its 1st at 00:00 Beijing time (UTC+8, no daylight saving since 1991).
// Two reminders go to each duty unit of a published schedule:
//   DAYS_14 — when the month starts in more than 3 and at most 14 days;
//   DAYS_3  — when it starts in at most 3 days and has not started yet.
// The runs are hourly, but the server may have been down: a run that first sees a month
// inside the 3-day window sends only the 3-day reminder (the 14-day one would arrive at the
// same time and say less), and a run inside the 14-day window but after day 14 still sends the
// 14-day one with the true number of days left. Once a month has started nothing is sent.
import { beijingMonthStart, beijingYearMonth, dayMs } from "@/lib/core/time/beijing";

export type ReminderKind = "DAYS_14" | "DAYS_3";

export function nextMonth(value: { year: number; month: number }): { year: number; month: number } {
  return value.month === 12
    ? { year: value.year + 1, month: 1 }
    : { year: value.year, month: value.month + 1 };
}

/**
 * Whole days until the month starts, counted up: 1 for anything up to 24 hours, 14 for up to
 * 14 × 24 hours; 0 or less once it has started.
 */
export function daysUntilMonth(year: number, month: number, now: Date): number {
  return Math.ceil((beijingMonthStart(year, month).getTime() - now.getTime()) / dayMs);
}

/** Which reminder (if any) a duty in this month is due at `now`. */
export function reminderDue(
  year: number,
  month: number,
  now: Date,
): { kind: ReminderKind; daysLeft: number } | null {
  const msLeft = beijingMonthStart(year, month).getTime() - now.getTime();
  if (msLeft <= 0 || msLeft > 14 * dayMs) return null;
  const daysLeft = Math.ceil(msLeft / dayMs);
  return { kind: msLeft <= 3 * dayMs ? "DAYS_3" : "DAYS_14", daysLeft };
}

/**
 * The months whose duty units are due a reminder at `now`. Only the month after the current
 * Beijing month can start within 14 days, so this is empty or one month (December's run looks
 * at January of the next year).
 */
export function dueReminderMonths(
  now: Date,
): Array<{ year: number; month: number; kind: ReminderKind; daysLeft: number }> {
  const upcoming = nextMonth(beijingYearMonth(now));
  const due = reminderDue(upcoming.year, upcoming.month, now);
  return due ? [{ ...upcoming, ...due }] : [];
}

/** "YYYY-MM", as notifications and the audit log name a duty month. */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}
