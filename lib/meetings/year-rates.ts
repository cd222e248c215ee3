import "server-only";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { beijingMonthStart } from "@/lib/core/time/beijing";
import { assumedDurationMs } from "./attendance/window";

/** The meetings starting in a Beijing calendar year (the admin list's ?year= and the overview). */
export function meetingsOfYear(year: number): Prisma.MeetingWhereInput {
  return { startsAt: { gte: beijingMonthStart(year, 1), lt: beijingMonthStart(year + 1, 1) } };
}

/**
 * A year's answers and attendance over all units, as the admin overview reports them:
 * - answered / invited: invitations of the year's meetings that were not cancelled, answered
 *   (attend, delegate or excused) against all of them, future meetings included;
 * - attended / expected: invitations of the meetings that have ended (as a unit's own rate
 *   counts them, attendance/queries.ts), attended in person or by a delegate.
 */
export async function getMeetingYearRates(year: number, now: Date = new Date()) {
  const live: Prisma.MeetingWhereInput = { ...meetingsOfYear(year), status: { not: "CANCELLED" } };
  const ended: Prisma.MeetingWhereInput = {
    ...live,
    OR: [
      { endsAt: { lte: now } },
      { endsAt: null, startsAt: { lte: new Date(now.getTime() - assumedDurationMs) } },
    ],
  };
  const [meetings, invited, answered, expected, attended] = await Promise.all([
    db.meeting.count({ where: live }),
    db.meetingInvitation.count({ where: { meeting: live } }),
    db.meetingInvitation.count({ where: { meeting: live, response: { not: "PENDING" } } }),
    db.meetingInvitation.count({ where: { meeting: ended } }),
    // Attendance is only ever recorded for invited units (check-in and the admin's ticks).
    db.meetingAttendance.count({ where: { meeting: ended, status: { in: ["PRESENT", "DELEGATE"] } } }),
  ]);
  return { meetings, invited, answered, expected, attended };
}
export type MeetingYearRates = Awaited<ReturnType<typeof getMeetingYearRates>>;
