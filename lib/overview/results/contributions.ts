import "server-only";
import { db } from "@/lib/core/db";
import type { Contribution, UnitPart } from "./service-totals";

// What the year's volunteers, hours and measurable results are made of. Read once here so that
// the admin overview, the public results, the unit year pages and the annual report agree.
//
// 1. Activities of the year (Activity.year) that were held: status DONE or REPORTED. Cancelled
//    activities never count, whatever check-ins or bookings they left behind; an activity not yet
//    held has nothing to count.
// 2. A held activity with a report that stands — SUBMITTED (filed, counted until an admin says
//    otherwise, as the public activity page shows it) or ACCEPTED — counts the report: its
//    volunteers, its service hours (the total, person-hours), its result rows, its per-unit
//    people (ReportParticipant, themselves the check-ins or the lead's correction of them), in
//    the month of its actual date. There is no "withdrawn" report: a report is only ever
//    returned (NEEDS_FIX), and a returned report's numbers are being corrected, so none of them
//    count until it is resubmitted.
// 3. A held activity without a standing report (DONE, or REPORTED with its report returned)
//    counts its check-ins: the people who were demonstrably there are volunteers, per unit as
//    they checked in. Check-ins carry no hours and no results: those arrive with the report. Its
//    month is the returned report's date, or else the activity's month (plannedMonth follows the
//    scheduled Beijing date).
// 4. Service-site visits logged by hand (ServiceLogEntry with no activityId) in the year of their
//    date (servedOn is a Beijing calendar date): volunteers, hours, results and the units named.
//    A visit with an activityId was written from that activity's report (lib/pairing/sites/
//    sync-activity-log.ts) and is the same service: it is counted once, through the report
//    (and not at all while that report is returned), never through the log.
// Years: an activity belongs to its list's year (a report's date is always inside it); a visit
// to the year of its date.

const hundredths = (value: { toString(): string } | number) => Math.round(Number(String(value)) * 100);
const standing = new Set(["SUBMITTED", "ACCEPTED"]);
const byUnit = (a: UnitPart, b: UnitPart) => a.unitId - b.unitId;

export type ContributionOptions = {
  /** Only activities of a published list (the public pages show nothing of a draft year). */
  publishedOnly?: boolean;
};

export async function readContributions(
  year: number,
  { publishedOnly = false }: ContributionOptions = {},
): Promise<Contribution[]> {
  const activityWhere = {
    year,
    status: { in: ["DONE" as const, "REPORTED" as const] },
    ...(publishedOnly ? { plan: { status: "PUBLISHED" as const } } : {}),
  };
  const [activities, checkIns, visits] = await Promise.all([
    db.activity.findMany({
      where: activityWhere,
      orderBy: [{ plannedMonth: "asc" }, { id: "asc" }],
      select: {
        id: true,
        plannedMonth: true,
        leadUnitId: true,
        report: {
          select: {
            status: true,
            actualDate: true,
            volunteerCount: true,
            serviceHours: true,
            participants: { select: { unitId: true, count: true } },
            results: { orderBy: { position: "asc" }, select: { label: true, value: true, unit: true } },
          },
        },
      },
    }),
    db.checkIn.groupBy({
      by: ["activityId", "unitId"],
      where: { activity: activityWhere },
      _count: { _all: true },
    }),
    db.serviceLogEntry.findMany({
      where: {
        activityId: null,
        servedOn: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
      },
      orderBy: { id: "asc" },
      select: {
        servedOn: true,
        volunteers: true,
        hours: true,
        units: { select: { unitId: true } },
        results: { orderBy: { position: "asc" }, select: { label: true, value: true, unit: true } },
      },
    }),
  ]);

  const checkedIn = new Map<number, UnitPart[]>();
  for (const group of checkIns) {
    const parts = checkedIn.get(group.activityId) ?? [];
    parts.push({ unitId: group.unitId, people: group._count._all });
    checkedIn.set(group.activityId, parts);
  }

  const fromActivities = activities.map((activity): Contribution => {
    const { report } = activity;
    if (report && standing.has(report.status)) {
      return {
        kind: "activity",
        month: report.actualDate.getUTCMonth() + 1,
        volunteers: report.volunteerCount,
        hours: hundredths(report.serviceHours),
        results: report.results.map((row) => ({ ...row, value: hundredths(row.value) })),
        units: report.participants.map((row) => ({ unitId: row.unitId, people: row.count })).sort(byUnit),
        leadUnitId: activity.leadUnitId,
      };
    }
    const units = (checkedIn.get(activity.id) ?? []).sort(byUnit);
    return {
      kind: "activity",
      month: report ? report.actualDate.getUTCMonth() + 1 : activity.plannedMonth,
      volunteers: units.reduce((sum, part) => sum + (part.people ?? 0), 0),
      hours: 0,
      results: [],
      units,
      leadUnitId: activity.leadUnitId,
    };
  });

  const fromVisits = visits.map((visit): Contribution => ({
    kind: "visit",
    month: visit.servedOn.getUTCMonth() + 1,
    volunteers: visit.volunteers,
    hours: hundredths(visit.hours),
    results: visit.results.map((row) => ({ ...row, value: hundredths(row.value) })),
    units: visit.units.map((row) => ({ unitId: row.unitId, people: null })).sort(byUnit),
    leadUnitId: null,
  }));

  return [...fromActivities, ...fromVisits];
}
