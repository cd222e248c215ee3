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
const offsetMs = 8 * 3_600_000;

/** "YYYY-MM-DD HH:mm" in Beijing time, for notifications and exports. */
export function formatShanghaiDateTime(date: Date): string {
  return new Date(date.getTime() + offsetMs).toISOString().slice(0, 16).replace("T", " ");
}

/** The value of an `<input type="datetime-local">` showing `date` in Beijing time. */
export function toShanghaiLocalInput(date: Date): string {
  return new Date(date.getTime() + offsetMs).toISOString().slice(0, 16);
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
  const utc = Date.UTC(year, month - 1, day, hour, minute) - offsetMs;
  const date = new Date(utc);
  return toShanghaiLocalInput(date) === value.trim() ? date : null;
}
