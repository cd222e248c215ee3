// Calendar days in the portal's time zone: "today" for a user in Runzhou is the Shanghai date,
// compared with @db.Date columns stored as UTC midnight.
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar date of `now`, as a UTC-midnight Date. */
export function shanghaiToday(now: Date): Date {
  const shifted = new Date(now.getTime() + shanghaiOffsetMs);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** The first day an activity may count as held: its planned date, or the 1st of its month. */
export function earliestHeldDate(year: number, plannedMonth: number, plannedDate: Date | null): Date {
  return plannedDate ?? new Date(Date.UTC(year, plannedMonth - 1, 1));
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
