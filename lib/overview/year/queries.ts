import "server-only";
import { db } from "@/lib/core/db";
import { activitiesAtStage, activityStages, type ActivityStage } from "@/lib/activities/admin/queries";
import { getCommitmentGrid } from "@/lib/activities/commitments/queries";
import { beijingToday } from "@/lib/core/time/beijing";
import { getMeetingYearRates, meetingsOfYear } from "@/lib/meetings/queries";
import { getServiceTotals } from "@/lib/overview/results/queries";
import { needsOfYear } from "@/lib/pairing/needs/queries";
import { withoutItemWhere } from "@/lib/units/admin/queries";
import { figure, hoursOf, overviewHref as href, rate, type Figure } from "./figures";
import { readVenueYear } from "./venue-reads";

export { getNeedsAttention } from "./attention";
export { pendingAttention, type AttentionItem, type AttentionKind } from "./attention-rules";
export { overviewHref, parseOverviewYear, type Figure, type RateFigure } from "./figures";

const openDecision = { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } };

/**
 * How many items of the year's list are at a stage (lib/activities/admin/stages.ts). "Reported"
 * is counted as reported minus returned: its own condition (no returned report) would read the
 * reports of every year, while a report matching a status is found through its activity.
 */
async function countStage(year: number, stage: ActivityStage): Promise<number> {
  if (stage !== "reported") return db.activity.count({ where: activitiesAtStage(year, stage) });
  const [reported, returned] = await Promise.all([
    db.activity.count({ where: { year, status: "REPORTED" } }),
    db.activity.count({ where: { year, status: "REPORTED", report: { is: { status: "NEEDS_FIX" } } } }),
  ]);
  return reported - returned;
}

/** How far the year's list got, one count per stage, each with its filtered plan list. */
async function countStages(year: number): Promise<Record<ActivityStage, Figure>> {
  const counts = await Promise.all(activityStages.map((stage) => countStage(year, stage)));
  return Object.fromEntries(
    activityStages.map((stage, index) => [stage, figure(counts[index]!, href.items(year, stage))]),
  ) as Record<ActivityStage, Figure>;
}

/**
 * Every figure of the admin overview for one year, each with the filtered admin list behind it.
 * Units and pairings are counted as they stand now (a unit's status and a pairing's have no
 * year); activities by their list's year; meetings, decisions (by their meeting), bookings and
 * needs met by their Beijing date in the year. Volunteers and hours are the results' own
 * (getServiceTotals): held activities' reports and check-ins, and service-site visits.
 */
export async function getYearOverview(year: number, now: Date = new Date()) {
  const [
    plan,
    activeUnits,
    withoutItem,
    items,
    service,
    meetings,
    decisions,
    venues,
    grid,
    rotation,
    needsMet,
    pairings,
  ] = await Promise.all([
    db.planYear.findUnique({ where: { year }, select: { title: true, status: true } }),
    db.unit.count({ where: { status: "ACTIVE" } }),
    db.unit.count({ where: { status: "ACTIVE", ...withoutItemWhere(year) } }),
    countStages(year),
    getServiceTotals(year),
    getMeetingYearRates(year, now),
    Promise.all([
      db.decision.count({ where: { ...openDecision, meeting: meetingsOfYear(year) } }),
      db.decision.count({
        where: { ...openDecision, meeting: meetingsOfYear(year), dueOn: { lt: beijingToday(now) } },
      }),
    ]),
    readVenueYear(year, now),
    getCommitmentGrid(year),
    db.rotationUnitSetting.count({
      where: {
        year,
        unit: { status: "ACTIVE" },
        OR: [{ preferences: { isEmpty: false } }, { blackouts: { isEmpty: false } }],
      },
    }),
    db.need.count({ where: { status: "CLOSED", ...needsOfYear(year) } }),
    db.pairing.count({ where: { status: "ACTIVE" } }),
  ]);
  const made = venues.reduce((sum, row) => sum + row.made, 0);
  const usedMs = venues.reduce((sum, row) => sum + row.usedMs, 0);
  return {
    year,
    plan,
    units: {
      active: figure(activeUnits, href.activeUnits()),
      withoutItem: figure(withoutItem, href.unitsWithoutItem(year)),
    },
    items,
    service: {
      // The held activities are the records behind the sums (plus visits logged by hand).
      volunteers: figure(service.volunteers, href.items(year, "held")),
      hours: figure(service.hours, href.items(year, "held")),
      held: figure(service.held, href.items(year, "held")),
    },
    meetings: {
      answerRate: rate(meetings.answered, meetings.invited, href.meetings(year)),
      attendanceRate: rate(meetings.attended, meetings.expected, href.meetings(year)),
    },
    decisions: {
      open: figure(decisions[0], href.decisionsOpen(year)),
      overdue: figure(decisions[1], href.decisionsOverdue(year)),
    },
    venues: {
      made: figure(made, href.bookingsMade(year)),
      hours: figure(hoursOf(usedMs), href.bookingsUsed(year)),
      byVenue: venues.map((row) => ({
        venueId: row.venueId,
        name: row.name,
        unitName: row.unitName,
        made: figure(row.made, href.bookingsMade(year, row.venueId)),
        hours: figure(hoursOf(row.usedMs), href.bookingsUsed(year, row.venueId)),
      })),
    },
    commitments: {
      claimed: rate(grid.grand.claimed, grid.grand.cells, href.commitments(year)),
      confirmed: rate(grid.grand.confirmed, grid.grand.cells, href.commitments(year)),
    },
    rotation: { preferences: rate(rotation, activeUnits, href.rotation(year)) },
    pairing: {
      needsMet: figure(needsMet, href.needsMet(year)),
      pairingsActive: figure(pairings, href.pairingsActive()),
    },
    byMonth: service.byMonth,
  };
}
export type YearOverview = Awaited<ReturnType<typeof getYearOverview>>;

/** The next joint meetings (kept from the former admin home): what the committee prepares next. */
export async function listUpcomingMeetings(now: Date = new Date(), take = 5) {
  return db.meeting.findMany({
    where: { startsAt: { gte: now }, status: "SCHEDULED" },
    orderBy: { startsAt: "asc" },
    take,
    select: { id: true, title: true, kind: true, startsAt: true, place: true },
  });
}
