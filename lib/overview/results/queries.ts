import "server-only";
import { readContributions, type ContributionOptions } from "./contributions";
import { sumServiceTotals, sumServiceTotalsByUnit, type ServiceTotals } from "./service-totals";
import { countVenueUse, listYearHighlights } from "./public-reads";

export type { ServiceTotals, ResultTotal, MonthTotals } from "./service-totals";

/**
 * The year's volunteers (person-times, 人次), service hours, measurable results summed by label
 * and unit ("树木种植 200 棵" + "树木种植 250 棵" = 450 棵), and the same month by month (12 rows,
 * `held` = activities held that month). What counts, and why, is in contributions.ts: standing
 * (submitted or accepted) activity reports, check-ins of held activities whose report is missing
 * or returned, and service-site visits logged by hand (a visit written from a report is counted
 * through the report only). Cancelled activities never count.
 *
 * With `unitId`: that unit's part — the people it sent (its report rows or check-ins; an even
 * share of a logged visit's volunteers), its share of hours in proportion to people, and the
 * whole results and `held` of the activities and visits it took part in or led. Unit figures
 * therefore need not add up to the year's: the report's volunteer total is the lead's own count.
 * For every unit at once use getServiceTotalsByUnit (one read instead of one per unit).
 */
export async function getServiceTotals(
  year: number,
  unitId?: number,
  options: ContributionOptions = {},
): Promise<ServiceTotals> {
  return sumServiceTotals(await readContributions(year, options), unitId);
}

/** Every unit's getServiceTotals(year, unitId) from one read; units with no part are absent. */
export async function getServiceTotalsByUnit(
  year: number,
  options: ContributionOptions = {},
): Promise<Map<number, ServiceTotals>> {
  return sumServiceTotalsByUnit(await readContributions(year, options));
}

/** Highlights on the public results page: enough to show the year, bounded for the cached page. */
export const highlightCount = 6;

/**
 * Everything the public results page (/results/<year>) shows, computed from records: the service
 * totals of the published list (activities held, units taking part, volunteers, hours, results,
 * by month), the venues shared and the times they were used, and the year's highlights.
 */
export async function getYearResults(year: number, now = new Date()) {
  const [totals, venues, highlights] = await Promise.all([
    getServiceTotals(year, undefined, { publishedOnly: true }),
    countVenueUse(year, now),
    listYearHighlights(year, highlightCount),
  ]);
  return { year, ...totals, ...venues, highlights };
}

export type YearResults = Awaited<ReturnType<typeof getYearResults>>;
