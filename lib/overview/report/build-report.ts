import "server-only";
import { getServiceTotals, getYearResults } from "@/lib/overview/results/queries";
import { getUnitYearTable } from "@/lib/overview/units/queries";
import { getYearOverview } from "@/lib/overview/year/queries";
import { reportGroups } from "./figure-groups";
import type { AnnualReport, ReportHighlight } from "./types";

// The annual report from the overview's own reads (the shared contract of issue 16): the admin
// overview's figures, the service totals, the per-unit table and the public results' venues and
// highlights. Nothing is counted here, so the report says what /admin and /results say.

export async function buildAnnualReport(year: number, now: Date = new Date()): Promise<AnnualReport> {
  const [overview, totals, units, results] = await Promise.all([
    getYearOverview(year, now),
    // The committee's totals (every held activity), as the overview's volunteers and hours;
    // the public page counts the published list only.
    getServiceTotals(year),
    getUnitYearTable(year, now),
    getYearResults(year, now),
  ]);
  return {
    year,
    generatedAt: now,
    groups: reportGroups(overview, {
      unitsTakingPart: totals.units,
      venuesShared: results.venuesShared,
      timesShared: results.timesUsed,
    }),
    byMonth: totals.byMonth,
    results: totals.results,
    venues: overview.venues.byVenue.map((venue) => ({
      name: venue.name,
      owner: venue.unitName,
      bookings: venue.made.value,
      hours: venue.hours.value,
    })),
    units,
    highlights: results.highlights.map((highlight): ReportHighlight => ({
      id: highlight.activityId,
      title: highlight.title,
      date: highlight.actualDate,
      leadUnit: highlight.leadUnit?.name ?? null,
      summary: highlight.excerpt,
      volunteers: highlight.volunteers,
      hours: highlight.hours,
    })),
  };
}
