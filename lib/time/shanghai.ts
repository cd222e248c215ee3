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
