// Beijing time (北京时间), the committee's clock: "today", "this month", a meeting's hour and a
// venue's opening hours are all Beijing's, whatever the server's or the browser's zone. China has
// had no daylight saving time since 1991, so Beijing time is always UTC+8 and every conversion
// is a plain offset. Calendar dates travel as "YYYY-MM-DD" or as the UTC midnight that
// @db.Date columns store.

/** The IANA name of Beijing time, for Intl formatting (next-intl, toLocaleString, iCalendar). */
export const beijingTimeZone = "Asia/Shanghai";

export const minuteMs = 60_000;
export const dayMs = 86_400_000;
export const beijingOffsetMs = 8 * 3_600_000;

/** The instant shifted so that its UTC fields read as Beijing wall-clock fields. */
const shifted = (instant: Date) => new Date(instant.getTime() + beijingOffsetMs);

/** The Beijing calendar year and month (1–12) of `now`. */
export function beijingYearMonth(now: Date = new Date()): { year: number; month: number } {
  const local = shifted(now);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/** The Beijing calendar date of `now`, as the UTC midnight that @db.Date columns store. */
export function beijingToday(now: Date = new Date()): Date {
  const local = shifted(now);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/** The Beijing calendar date ("YYYY-MM-DD") of an instant. */
export function beijingDate(instant: Date = new Date()): string {
  return shifted(instant).toISOString().slice(0, 10);
}

/** "HH:mm" in Beijing time. */
export function beijingTime(instant: Date): string {
  return shifted(instant).toISOString().slice(11, 16);
}

/** Minutes after Beijing midnight of an instant (0..1439). */
export function beijingMinutes(instant: Date): number {
  const local = shifted(instant);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** Beijing calendar date, ISO weekday (1 = Monday … 7 = Sunday) and minutes after midnight. */
export function beijingWallClock(instant: Date): { date: string; weekday: number; minutes: number } {
  const date = beijingDate(instant);
  return { date, weekday: isoWeekday(date), minutes: beijingMinutes(instant) };
}

/** "YYYY-MM-DD HH:mm" in Beijing time, for notifications, pages and exports. */
export function formatBeijingDateTime(date: Date): string {
  return shifted(date).toISOString().slice(0, 16).replace("T", " ");
}

/** "YYYY-MM-DD HH:mm:ss" in Beijing time, which spreadsheets read as a date and time. */
export function formatBeijingTimestamp(date: Date): string {
  return shifted(date).toISOString().slice(0, 19).replace("T", " ");
}

/** The value of an `<input type="datetime-local">` showing `date` in Beijing time. */
export function toBeijingLocalInput(date: Date): string {
  return shifted(date).toISOString().slice(0, 16);
}

/**
 * Reads "YYYY-MM-DDTHH:mm" (a datetime-local value, Beijing time) as an instant; null when it
 * is not a real date and time (e.g. 2026-02-30T10:00).
 */
export function parseBeijingLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute) - beijingOffsetMs);
  return toBeijingLocalInput(date) === value.trim() ? date : null;
}

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

/** The instant a month starts in Beijing: its 1st at 00:00 Beijing time. */
export function beijingMonthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1) - beijingOffsetMs);
}

/** [start, end) of the Beijing calendar month containing a Beijing date, as instants. */
export function beijingMonthRange(date: string): { start: Date; end: Date } {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return { start: beijingMonthStart(year, month), end: beijingMonthStart(year, month + 1) };
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday (as VenueOpeningHours stores it). */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The calendar date `days` later ("YYYY-MM-DD"; negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}
