// The secretary's to-do list on /my: what needs the unit now, each with the day it is due and
// the one link that opens the form to do it. Pure, so the order is tested without a database.
import type { Commitment } from "@/lib/generated/prisma/enums";
import { beijingToday } from "@/lib/core/time/beijing";

/** In order of weight when two entries fall due on the same day. */
export const todoKinds = [
  "reportFix",
  "report",
  "invitation",
  "booking",
  "swap",
  "rotationPreferences",
  "decision",
  "schedule",
  "commitments",
] as const;

export type TodoKind = (typeof todoKinds)[number];

export type TodoEntry = {
  kind: TodoKind;
  /** Unique on the page, e.g. "booking-12": the anchor and the React key. */
  key: string;
  /** The record's own name (user text), or "" when the kind's message names it. */
  subject: string;
  /** Values for the kind's messages (another unit's name, months, a year…). */
  values: Record<string, string | number>;
  /** The commitments not done yet (only for the "commitments" entry). */
  commitments?: Commitment[];
  /** The instant it is due: a @db.Date (UTC midnight) or a moment such as a meeting's start. */
  due: Date;
  /** Whether the time of day matters (a meeting, a booking) or only the day. */
  timed: boolean;
  href: string;
};

export type OrderedTodoEntry = TodoEntry & {
  /** Whole Beijing calendar days from today to the due day: 0 today, negative when overdue. */
  daysLeft: number;
  overdue: boolean;
};

const dayMs = 86_400_000;

/**
 * The committee sets no deadline for reports; the portal asks for one within two weeks of the
 * activity (or of the admin's request for a fix), so that a report due shows as overdue. One
 * constant with the admin's overdue list (lib/activities/reports/review-filter.ts).
 */
export { reportWindowDays } from "@/lib/activities";

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

/** Calendar days between the Beijing dates of `now` and `due`. */
export function daysUntil(due: Date, now: Date): number {
  return Math.round((beijingToday(due).getTime() - beijingToday(now).getTime()) / dayMs);
}

/** Overdue first (the longest overdue on top), then by due time, then by the kind's weight. */
export function orderTodo(entries: TodoEntry[], now: Date): OrderedTodoEntry[] {
  const rank = (kind: TodoKind) => todoKinds.indexOf(kind);
  return entries
    .map((entry) => {
      const daysLeft = daysUntil(entry.due, now);
      return { ...entry, daysLeft, overdue: daysLeft < 0 };
    })
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        a.due.getTime() - b.due.getTime() ||
        rank(a.kind) - rank(b.kind) ||
        a.key.localeCompare(b.key),
    );
}
