import "server-only";
import { db } from "@/lib/core/db";
import { isReportOverdue, reportDueDay } from "./review-filter";

// The public report reads live in public-queries.ts; the home page's totals are read from here.
export { getYearReportTotals } from "./public-queries";
export { parseReviewFilter, reportWindowDays, type ReviewFilter } from "./review-filter";

/** The activity as its lead unit runs it; null for a missing activity or another unit's. */
export async function getRunActivity(activityId: number, unitId: number) {
  return db.activity.findFirst({
    where: { id: activityId, leadUnitId: unitId },
    select: {
      id: true,
      year: true,
      title: true,
      status: true,
      version: true,
      plannedMonth: true,
      plannedDate: true,
      cancelReason: true,
      report: {
        select: {
          id: true,
          status: true,
          version: true,
          fixRequest: true,
          actualDate: true,
          volunteerCount: true,
          serviceHours: true,
          summary: true,
          participants: { select: { unitId: true, count: true } },
          results: { orderBy: { position: "asc" }, select: { label: true, value: true, unit: true } },
          photos: { orderBy: { id: "asc" }, select: { id: true, caption: true } },
        },
      },
    },
  });
}

/** Check-ins per unit (lead first, then joined units, then anyone else who checked in), with names. */
export async function getUnitAttendance(activityId: number, leadUnitId: number) {
  const [joined, groups] = await Promise.all([
    db.participation.findMany({
      where: { activityId, status: "JOINED" },
      orderBy: { id: "asc" },
      select: { unitId: true },
    }),
    db.checkIn.groupBy({ by: ["unitId"], where: { activityId }, _count: { _all: true } }),
  ]);
  const counts = new Map(groups.map((group) => [group.unitId, group._count._all]));
  const order = [...new Set([leadUnitId, ...joined.map((row) => row.unitId), ...counts.keys()])];
  const units = await db.unit.findMany({ where: { id: { in: order } }, select: { id: true, name: true } });
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  return order.map((unitId) => ({
    unitId,
    name: names.get(unitId) ?? "",
    checkIns: counts.get(unitId) ?? 0,
  }));
}

/** What a participant's check-in page needs to know about the activity. */
export async function getCheckinActivity(activityId: number) {
  return db.activity.findUnique({
    where: { id: activityId },
    select: { id: true, title: true, status: true, plan: { select: { status: true } } },
  });
}

export async function hasCheckedIn(activityId: number, userId: number): Promise<boolean> {
  const row = await db.checkIn.findUnique({
    where: { activityId_userId: { activityId, userId } },
    select: { id: true },
  });
  return row !== null;
}

/**
 * Reports waiting for the district committee or returned to their lead, newest first; only one
 * of the two with `status` (the admin overview's "waiting for review" link).
 */
export async function listReportsForReview(status: "SUBMITTED" | "NEEDS_FIX" | null = null) {
  return db.activityReport.findMany({
    where: { status: status ?? { in: ["SUBMITTED", "NEEDS_FIX"] } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      status: true,
      version: true,
      fixRequest: true,
      actualDate: true,
      updatedAt: true,
      activity: { select: { id: true, title: true, year: true, leadUnit: { select: { name: true } } } },
    },
  });
}

/**
 * Reports overdue (review-filter.ts): held activities without one two weeks after their day, and
 * returned reports not fixed two weeks after the request; the longest overdue first.
 */
export async function listOverdueReports(now: Date = new Date()) {
  const candidates = await db.activity.findMany({
    where: {
      OR: [
        { status: "DONE", report: { is: null } },
        { status: "REPORTED", report: { is: { status: "NEEDS_FIX" } } },
      ],
    },
    select: {
      id: true,
      title: true,
      year: true,
      plannedMonth: true,
      plannedDate: true,
      leadUnit: { select: { name: true } },
      report: { select: { status: true, updatedAt: true } },
    },
  });
  return candidates
    .filter((activity) => isReportOverdue(activity, now))
    .map((activity) => ({ ...activity, dueOn: reportDueDay(activity)! }))
    .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.id - b.id);
}
export type OverdueReport = Awaited<ReturnType<typeof listOverdueReports>>[number];
