import "server-only";
import { db } from "@/lib/core/db";

// What visitors may see: the report of a reported activity in a published year, unless it was
// returned for a fix (then it is being corrected and shows again once resubmitted).
const visible = {
  status: { in: ["SUBMITTED" as const, "ACCEPTED" as const] },
  activity: { status: "REPORTED" as const, plan: { status: "PUBLISHED" as const } },
};

export async function getPublicReport(activityId: number) {
  return db.activityReport.findFirst({
    where: { activityId, ...visible },
    select: {
      actualDate: true,
      volunteerCount: true,
      serviceHours: true,
      summary: true,
      participants: {
        orderBy: [{ count: "desc" }, { unitId: "asc" }],
        select: { count: true, corrected: true, unit: { select: { id: true, name: true } } },
      },
      results: { orderBy: { position: "asc" }, select: { id: true, label: true, value: true, unit: true } },
      photos: { orderBy: { id: "asc" }, select: { id: true, caption: true } },
    },
  });
}

export async function getPublicReportPhoto(activityId: number, photoId: number) {
  return db.reportPhoto.findFirst({
    where: { id: photoId, report: { activityId, ...visible } },
    select: { contentType: true, data: true, createdAt: true },
  });
}

/**
 * "This year so far" on the home page, computed from visible reports only (never typed in):
 * activities held, distinct units with participants, volunteers and service hours.
 */
export async function getYearReportTotals(year: number) {
  const where = { ...visible, activity: { ...visible.activity, year } };
  const [sums, units] = await Promise.all([
    db.activityReport.aggregate({
      where,
      _count: { _all: true },
      _sum: { volunteerCount: true, serviceHours: true },
    }),
    db.reportParticipant.findMany({
      where: { count: { gt: 0 }, report: where },
      distinct: ["unitId"],
      select: { unitId: true },
    }),
  ]);
  return {
    activities: sums._count._all,
    units: units.length,
    volunteers: sums._sum.volunteerCount ?? 0,
    hours: Number(sums._sum.serviceHours ?? 0),
  };
}

/** The numbers of each visible report of activities a unit led, newest first (its public page). */
export async function listUnitReportNumbers(unitId: number) {
  const reports = await db.activityReport.findMany({
    where: { ...visible, activity: { ...visible.activity, leadUnitId: unitId } },
    orderBy: [{ actualDate: "desc" }, { id: "desc" }],
    select: {
      actualDate: true,
      volunteerCount: true,
      serviceHours: true,
      activity: { select: { id: true, title: true } },
      participants: { where: { count: { gt: 0 } }, select: { count: true } },
    },
  });
  return reports.map((report) => ({
    activityId: report.activity.id,
    title: report.activity.title,
    actualDate: report.actualDate,
    volunteers: report.volunteerCount,
    hours: Number(report.serviceHours),
    units: report.participants.length,
    people: report.participants.reduce((sum, row) => sum + row.count, 0),
  }));
}
