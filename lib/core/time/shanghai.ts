/** The committee works in China Standard Time; "this year/month" always means Shanghai's. */
export const committeeTimeZone = "Asia/Shanghai";

export function shanghaiYearMonth(now: Date = new Date()): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: committeeTimeZone,
    year: "numeric",
    month: "numeric",
  }).formatToParts(now);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: value("year"), month: value("month") };
}

// China has had no daylight saving time since 1991: Beijing time is always UTC+8.
export const beijingOffsetMs = 8 * 3_600_000;

/** "YYYY-MM-DD HH:mm" in Beijing time, for notifications and exports. */
export function formatShanghaiDateTime(date: Date): string {
  return new Date(date.getTime() + beijingOffsetMs).toISOString().slice(0, 16).replace("T", " ");
}

/** The value of an `<input type="datetime-local">` showing `date` in Beijing time. */
export function toShanghaiLocalInput(date: Date): string {
  return new Date(date.getTime() + beijingOffsetMs).toISOString().slice(0, 16);
}

/**
 * Reads "YYYY-MM-DDTHH:mm" (a datetime-local value, Beijing time) as an instant; null when it
 * is not a real date and time (e.g. 2026-02-30T10:00).
 */
export function parseShanghaiLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(year, month - 1, day, hour, minute) - beijingOffsetMs;
  const date = new Date(utc);
  return toShanghaiLocalInput(date) === value.trim() ? date : null;
}

/** The Beijing calendar date of `now`, as the UTC midnight that @db.Date columns store. */
export function shanghaiToday(now: Date = new Date()): Date {
  const shifted = new Date(now.getTime() + beijingOffsetMs);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** The instant a month starts in Beijing: its 1st at 00:00 China Standard Time. */
export function beijingMonthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1) - beijingOffsetMs);
}
