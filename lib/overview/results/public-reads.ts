import "server-only";
import { db } from "@/lib/core/db";
import { beijingMonthStart } from "@/lib/core/time/beijing";

// The public results page's reads beside the service totals: the venue map in use, and the
// year's highlights. Both are the same for every visitor (the page is cached).

/**
 * Venues shared (阵地共享) in a year and the times they were used. A venue counts as shared in a
 * year when it was on the map by the year's end — created before it and still shown, or hidden
 * since but used that year (a hidden venue keeps its history). A use is a confirmed booking
 * starting in the year (Beijing time) that has begun by `now`: pending, declined and cancelled
 * bookings were never used, a booking still ahead has not been yet, and the booking of an activity
 * that was cancelled afterwards does not count either. The owner's own bookings count: the map
 * records every use of the room.
 */
export async function countVenueUse(year: number, now: Date) {
  const start = beijingMonthStart(year, 1);
  const end = beijingMonthStart(year + 1, 1);
  const used = {
    status: "CONFIRMED" as const,
    startsAt: { gte: start, lt: end < now ? end : now },
    OR: [{ activityId: null }, { activity: { status: { not: "CANCELLED" as const } } }],
  };
  const [venuesShared, timesUsed] = await Promise.all([
    db.venue.count({
      where: { createdAt: { lt: end }, OR: [{ active: true }, { bookings: { some: used } }] },
    }),
    db.booking.count({ where: used }),
  ]);
  return { venuesShared, timesUsed };
}

/** The start of a report's summary for a highlight card (the whole one is on the activity's page). */
export function excerpt(summary: string, length = 80): string {
  const flat = summary.replace(/\s+/g, " ").trim();
  // By code points, so an emoji is never cut in half.
  const chars = [...flat];
  return chars.length <= length ? flat : `${chars.slice(0, length - 1).join("")}…`;
}

/** Shown reports only: a standing report of a reported activity of the published list. */
const shownReport = {
  status: { in: ["SUBMITTED" as const, "ACCEPTED" as const] },
};

/**
 * The year's highlights: reported activities whose report is shown on its public page (the
 * same rule as lib/activities/reports/public-queries.ts), those with photos first, then the
 * most volunteers, then the latest; at most `take`, each with its first photo (served by the
 * activity's public photo route).
 */
export async function listYearHighlights(year: number, take: number) {
  const reports = await db.activityReport.findMany({
    where: { ...shownReport, activity: { year, status: "REPORTED", plan: { status: "PUBLISHED" } } },
    select: {
      actualDate: true,
      volunteerCount: true,
      serviceHours: true,
      summary: true,
      activity: {
        select: { id: true, title: true, leadUnit: { select: { name: true, slug: true, status: true } } },
      },
      photos: { orderBy: { id: "asc" }, take: 1, select: { id: true, caption: true } },
      _count: { select: { photos: true } },
    },
  });
  return reports
    .map((report) => ({
      activityId: report.activity.id,
      title: report.activity.title,
      leadUnit: report.activity.leadUnit,
      actualDate: report.actualDate,
      volunteers: report.volunteerCount,
      hours: Number(report.serviceHours),
      excerpt: excerpt(report.summary),
      photo: report.photos[0] ?? null,
      photoCount: report._count.photos,
    }))
    .sort(
      (a, b) =>
        Number(b.photo !== null) - Number(a.photo !== null) ||
        b.volunteers - a.volunteers ||
        b.actualDate.getTime() - a.actualDate.getTime() ||
        b.activityId - a.activityId,
    )
    .slice(0, take);
}
