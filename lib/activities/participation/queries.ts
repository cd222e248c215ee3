import "server-only";
import { db } from "@/lib/core/db";
import { activityCounts, reportCountsSelect } from "@/lib/activities/plan/activity-counts";

// Reads for the claim/join panel and the lead's pages. Only published years are shown.

/**
 * What the public activity page's panel needs: the activity's facts, its counts (sign-ups, or the
 * report's once reported) and, for a signed-in unit, its own row and how many activities it leads
 * that year (for unitActivityAction).
 */
export async function getParticipationPanel(activityId: number, unitId: number | null) {
  const [activity, joined, waiting, mine] = await Promise.all([
    db.activity.findUnique({
      where: { id: activityId },
      select: {
        year: true,
        status: true,
        leadUnitId: true,
        plannedMonth: true,
        plannedDate: true,
        signupDeadline: true,
        capacity: true,
        plan: { select: { maxLeadsPerUnit: true } },
        report: { select: reportCountsSelect },
      },
    }),
    db.participation.aggregate({
      where: { activityId, status: "JOINED" },
      _count: { _all: true },
      _sum: { headcount: true },
    }),
    db.participation.findMany({
      where: { activityId, status: "WAITLISTED" },
      select: { unitId: true },
      orderBy: { id: "asc" },
    }),
    unitId === null
      ? null
      : db.participation.findFirst({
          where: { activityId, unitId, status: { not: "WITHDRAWN" } },
          select: { status: true, headcount: true },
        }),
  ]);
  if (!activity) return null;
  // The same count the claim mutation takes (cancelled activities do not use up the limit).
  const leadsThisYear =
    unitId === null
      ? 0
      : await db.activity.count({
          where: { year: activity.year, leadUnitId: unitId, status: { not: "CANCELLED" } },
        });
  const position = mine?.status === "WAITLISTED" ? waiting.findIndex((w) => w.unitId === unitId) + 1 : 0;
  return {
    activity,
    leadUnitId: activity.leadUnitId,
    leadsThisYear,
    counts: activityCounts({
      status: activity.status,
      capacity: activity.capacity,
      joinedUnits: joined._count._all,
      joinedHeadcount: joined._sum.headcount ?? 0,
      report: activity.report,
    }),
    waitlisted: waiting.length,
    mine: mine
      ? { status: mine.status as "JOINED" | "WAITLISTED", headcount: mine.headcount, position }
      : null,
  };
}
export type ParticipationPanel = NonNullable<Awaited<ReturnType<typeof getParticipationPanel>>>;

/** An activity the unit leads, with everyone who signed up in order; null for anyone else. */
export async function getLedActivity(activityId: number, unitId: number) {
  return db.activity.findFirst({
    where: { id: activityId, leadUnitId: unitId, plan: { status: "PUBLISHED" } },
    select: {
      id: true,
      year: true,
      title: true,
      status: true,
      capacity: true,
      version: true,
      plannedMonth: true,
      plannedDate: true,
      startsAt: true,
      endsAt: true,
      signupDeadline: true,
      place: true,
      description: true,
      serviceSiteId: true,
      venue: { select: { id: true, name: true, address: true } },
      bookings: {
        where: { status: { in: ["PENDING", "CONFIRMED"] } },
        select: { status: true },
        take: 1,
      },
      report: { select: { status: true, fixRequest: true } },
      plan: { select: { releaseDeadline: true } },
      participations: {
        select: {
          id: true,
          headcount: true,
          status: true,
          createdAt: true,
          withdrawnAt: true,
          unit: { select: { name: true, slug: true } },
        },
        orderBy: { id: "asc" },
      },
    },
  });
}
export type LedActivity = NonNullable<Awaited<ReturnType<typeof getLedActivity>>>;

const myActivitySelect = {
  id: true,
  year: true,
  title: true,
  status: true,
  plannedMonth: true,
  plannedDate: true,
  startsAt: true,
  capacity: true,
  report: { select: { status: true } },
} as const;

/** Venues a lead may book while scheduling: active and bookable online, by owner and name. */
export async function listSchedulableVenues() {
  return db.venue.findMany({
    where: { active: true, bookingMode: "BOOKABLE" },
    select: { id: true, name: true, unit: { select: { shortName: true } } },
    orderBy: [{ unit: { name: "asc" } }, { name: "asc" }],
  });
}

/** Activities the unit leads and activities it signed up for (live rows), newest year first. */
export async function listMyActivities(unitId: number) {
  const order = [{ year: "desc" as const }, { plannedMonth: "asc" as const }, { id: "asc" as const }];
  const [led, joined] = await Promise.all([
    db.activity.findMany({
      where: { leadUnitId: unitId, plan: { status: "PUBLISHED" } },
      select: myActivitySelect,
      orderBy: order,
    }),
    db.participation.findMany({
      where: { unitId, status: { not: "WITHDRAWN" }, activity: { plan: { status: "PUBLISHED" } } },
      select: { id: true, status: true, headcount: true, activity: { select: myActivitySelect } },
      orderBy: [{ activity: { year: "desc" } }, { activity: { plannedMonth: "asc" } }, { id: "asc" }],
    }),
  ]);
  return { led, joined };
}
