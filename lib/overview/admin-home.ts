import "server-only";
import { db } from "@/lib/core/db";

/** Figures for the admin home: membership, this year's list and upcoming meetings. */
export async function getAdminOverview(year: number, now = new Date()) {
  const [unitsByStatus, activitiesByStatus, unclaimed, plan, upcomingMeetings] = await Promise.all([
    db.unit.groupBy({ by: ["status"], _count: { _all: true } }),
    db.activity.groupBy({ by: ["status"], where: { year }, _count: { _all: true } }),
    db.activity.count({ where: { year, leadUnitId: null, status: { not: "CANCELLED" } } }),
    db.planYear.findUnique({ where: { year }, select: { year: true, title: true, status: true } }),
    db.meeting.findMany({
      where: { startsAt: { gte: now }, status: "SCHEDULED" },
      orderBy: { startsAt: "asc" },
      take: 5,
      select: { id: true, title: true, kind: true, startsAt: true, place: true },
    }),
  ]);
  return {
    units: Object.fromEntries(unitsByStatus.map((row) => [row.status, row._count._all])),
    activities: Object.fromEntries(activitiesByStatus.map((row) => [row.status, row._count._all])),
    unclaimed,
    plan,
    upcomingMeetings,
  };
}
