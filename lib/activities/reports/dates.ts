// Calendar days in the portal's time zone: "today" for a user in Runzhou is the Shanghai date,
// compared with @db.Date columns stored as UTC midnight.
export { shanghaiToday } from "@/lib/core/time/shanghai";

/** The first day an activity may count as held: its planned date, or the 1st of its month. */
export function earliestHeldDate(year: number, plannedMonth: number, plannedDate: Date | null): Date {
  return plannedDate ?? new Date(Date.UTC(year, plannedMonth - 1, 1));
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
