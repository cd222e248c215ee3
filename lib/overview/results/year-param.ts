// Which year /results shows: `/results` is the current (Beijing) year, `/results/2025` that year.
// Results exist from the committee's founding year (2023) to this year; any other address is a
// 404, so the cache holds one page per real year and no more.

/** The Youth Work Committee was founded on 2023-02-21: there is nothing to show before. */
export const firstResultsYear = 2023;

export function parseResultsYear(segments: readonly string[], currentYear: number): number | null {
  if (segments.length === 0) return currentYear;
  if (segments.length !== 1 || !/^\d{4}$/.test(segments[0]!)) return null;
  const year = Number(segments[0]);
  return year >= firstResultsYear && year <= currentYear ? year : null;
}

/** The years a visitor may switch to: the years with records, within the range, newest first. */
export function resultsYears(recordYears: readonly number[], currentYear: number): number[] {
  const years = new Set([currentYear, ...recordYears]);
  return [...years].filter((year) => year >= firstResultsYear && year <= currentYear).sort((a, b) => b - a);
}
