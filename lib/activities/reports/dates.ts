// Calendar days of an activity, compared with beijingToday() (lib/core/time/beijing.ts): @db.Date
// columns stored as UTC midnight.

/** The first day an activity may count as held: its planned date, or the 1st of its month. */
export function earliestHeldDate(year: number, plannedMonth: number, plannedDate: Date | null): Date {
  return plannedDate ?? new Date(Date.UTC(year, plannedMonth - 1, 1));
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
