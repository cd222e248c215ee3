// The bounds of a year as each kind of column needs them. Dated records belong to the year of
// their Beijing date (a meeting at 2025-12-31 23:30 Beijing time is 2025's, though it is already
// 2026 nowhere else but UTC+8 and east); @db.Date columns hold the calendar day as UTC midnight.
import { beijingMonthStart } from "@/lib/core/time/beijing";

/** [start, end) of a Beijing calendar year, as instants (timestamptz columns). */
export function beijingYearWindow(year: number): { gte: Date; lt: Date } {
  return { gte: beijingMonthStart(year, 1), lt: beijingMonthStart(year + 1, 1) };
}

/** [1 January, next 1 January) as @db.Date values (UTC midnights). */
export function dateYearWindow(year: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

export const minYear = 2000;
export const maxYear = 2100;

/** A year from an address segment or a `?year=` value: four digits in range, else null. */
export function parseYear(value: string | string[] | undefined | null): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= minYear && year <= maxYear ? year : null;
}

/** The years a picker offers (newest first), always with `year` (this year may have no records yet). */
export function offeredYears(years: readonly number[], year: number): number[] {
  return [...new Set([...years, year])].sort((a, b) => b - a);
}

/**
 * The years visitors are offered: this year and those before it. A later year has at most a
 * draft list or bookings made ahead, nothing done yet (and a draft is not theirs to see).
 */
export function publicYears(years: readonly number[], currentYear: number): number[] {
  return offeredYears(
    years.filter((year) => year <= currentYear),
    currentYear,
  );
}
