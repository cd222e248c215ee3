// Beijing wall-clock ↔ UTC for bookings. China has no daylight saving time: always UTC+8.
import { beijingOffsetMs } from "@/lib/core/time/shanghai";

export const minuteMs = 60_000;
export const dayMs = 86_400_000;

/** The instant of a Beijing date ("YYYY-MM-DD") and time ("HH:mm"; "24:00" is the next midnight). */
export function beijingToUtc(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - beijingOffsetMs);
}

/** Midnight (Beijing) starting the given Beijing date, as an instant. */
export function beijingDayStart(date: string): Date {
  return beijingToUtc(date, "00:00");
}

/** The Beijing calendar date ("YYYY-MM-DD") of an instant. */
export function beijingDate(instant: Date): string {
  return new Date(instant.getTime() + beijingOffsetMs).toISOString().slice(0, 10);
}

/** "HH:mm" in Beijing time. */
export function beijingTime(instant: Date): string {
  return new Date(instant.getTime() + beijingOffsetMs).toISOString().slice(11, 16);
}

/** ISO weekday of a Beijing date: 1 = Monday … 7 = Sunday (as VenueOpeningHours stores it). */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The date `days` later ("YYYY-MM-DD"). */
export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * dayMs).toISOString().slice(0, 10);
}

/** [start, end) of the Beijing calendar month containing a Beijing date, as instants. */
export function beijingMonthRange(date: string): { start: Date; end: Date } {
  const [year, month] = date.split("-").map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return { start: beijingDayStart(`${date.slice(0, 7)}-01`), end: beijingDayStart(next) };
}

/** Minutes after Beijing midnight of an instant (0..1439). */
export function beijingMinutes(instant: Date): number {
  const [hour, minute] = beijingTime(instant).split(":").map(Number) as [number, number];
  return hour * 60 + minute;
}
