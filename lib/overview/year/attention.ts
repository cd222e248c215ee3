import "server-only";
import { db } from "@/lib/core/db";
import { activitiesAtStage } from "@/lib/activities/admin/queries";
import { reportWindowDays } from "@/lib/activities/reports/queries";
import { beijingDate, beijingToday, beijingYearMonth } from "@/lib/core/time/beijing";
import { idleWhere, parseQuarter } from "@/lib/units/admin/queries";
import { countWaitingBookings } from "./venue-reads";
import { currentQuarter, overviewHref } from "./figures";
import type { AttentionItem } from "./attention-rules";

/**
 * Reports waiting for review and reports overdue (lib/activities/reports/review-filter.ts: two
 * weeks after the activity's day, or after a return), of every year. Read per list year: the
 * small PlanYear table drives the Activity (year) and report (activityId) indexes, so the cost
 * stays the same as years of reports pile up.
 */
async function countReports(now: Date) {
  const today = beijingDate(now);
  const [row] = await db.$queryRaw<Array<{ waiting: number; overdue: number }>>`
    SELECT coalesce(sum(y."waiting"), 0)::int AS "waiting", coalesce(sum(y."overdue"), 0)::int AS "overdue"
    FROM "PlanYear" p
    CROSS JOIN LATERAL (
      SELECT
        count(*) FILTER (WHERE r."status" = 'SUBMITTED') AS "waiting",
        count(*) FILTER (WHERE
          (a."status" = 'DONE' AND r."id" IS NULL
            AND coalesce(a."plannedDate", make_date(a."year", a."plannedMonth", 1)) + ${reportWindowDays}::int < ${today}::date)
          OR (a."status" = 'REPORTED' AND r."status" = 'NEEDS_FIX'
            AND (r."updatedAt" AT TIME ZONE 'Asia/Shanghai')::date + ${reportWindowDays}::int < ${today}::date)
        ) AS "overdue"
      FROM "Activity" a
      LEFT JOIN "ActivityReport" r ON r."activityId" = a."id"
      WHERE a."year" = p."year" AND a."status" IN ('DONE', 'REPORTED')
    ) y`;
  return { waiting: row?.waiting ?? 0, overdue: row?.overdue ?? 0 };
}

/** What waits for the district committee now, each kind with its count and its list (attention-rules.ts). */
export async function getNeedsAttention(now: Date = new Date()): Promise<AttentionItem[]> {
  const { year } = beijingYearMonth(now);
  const quarter = currentQuarter(now);
  const [applications, reports, unclaimed, decisions, bookings, proposals, idle] = await Promise.all([
    // Waiting for the committee; a request for more information waits for the applicant.
    db.membershipApplication.count({ where: { status: "PENDING" } }),
    countReports(now),
    // Only a published list can be claimed from: a draft's items wait for publishing, not units.
    db.activity.count({ where: { ...activitiesAtStage(year, "unclaimed"), plan: { status: "PUBLISHED" } } }),
    db.decision.count({
      where: { status: { in: ["OPEN", "IN_PROGRESS"] }, dueOn: { lt: beijingToday(now) } },
    }),
    countWaitingBookings(now),
    db.pairing.count({ where: { status: "PROPOSED" } }),
    db.unit.count({ where: { status: "ACTIVE", ...idleWhere(parseQuarter(quarter)!, now) } }),
  ]);
  return [
    { kind: "applicationsWaiting", count: applications, href: overviewHref.applicationsWaiting() },
    { kind: "reportsWaiting", count: reports.waiting, href: overviewHref.reportsWaiting() },
    { kind: "reportsOverdue", count: reports.overdue, href: overviewHref.reportsOverdue() },
    { kind: "decisionsOverdue", count: decisions, href: overviewHref.decisionsOverdue() },
    { kind: "bookingsWaiting", count: bookings, href: overviewHref.bookingsWaiting() },
    { kind: "pairingProposals", count: proposals, href: overviewHref.pairingProposals() },
    { kind: "unclaimedItems", count: unclaimed, href: overviewHref.items(year, "unclaimed") },
    { kind: "idleUnits", count: idle, href: overviewHref.idleUnits(quarter) },
  ];
}
