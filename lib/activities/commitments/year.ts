// Which year a page shows: the committee works in Beijing time, so "this year" flips at
// midnight Beijing time, not UTC.
import { beijingYearMonth } from "@/lib/core/time/beijing";

export const minYear = 2000;
export const maxYear = 2100;

/** A `?year=` parameter, or the current year when it is missing or out of range. */
export function parseYearParam(value: string | string[] | undefined, now: Date = new Date()): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw && /^\d{4}$/.test(raw)) {
    const year = Number(raw);
    if (year >= minYear && year <= maxYear) return year;
  }
  return beijingYearMonth(now).year;
}
