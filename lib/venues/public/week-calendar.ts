import { addDays, beijingDate, beijingDayStart, dayMs } from "@/lib/core/time/beijing";

// The venue page's week of busy times: Monday..Sunday (Beijing), each day listing busy
// ranges per court. A booking across midnight shows on both days.

// `label` is who booked, for signed-in viewers; null where the viewer may not see it.
export type WeekBooking = { court: number; startsAt: Date; endsAt: Date; label: string | null };
export type DayRange = { court: number; from: string; to: string; label: string | null };
export type WeekDay = { date: string; weekday: number; ranges: DayRange[] };

/** The Monday (YYYY-MM-DD) of the week holding `param`, or of `now`'s week when invalid. */
export function parseWeekStart(param: string | undefined, now: Date = new Date()): string {
  const valid = param && /^\d{4}-\d{2}-\d{2}$/.test(param) && !Number.isNaN(Date.parse(`${param}T00:00:00Z`));
  const base =
    valid && new Date(`${param}T00:00:00Z`).toISOString().slice(0, 10) === param
      ? new Date(`${param}T00:00:00Z`)
      : new Date(`${beijingDate(now)}T00:00:00Z`);
  const day = base.getUTCDay();
  const back = day === 0 ? 6 : day - 1;
  return new Date(base.getTime() - back * dayMs).toISOString().slice(0, 10);
}

/** The instants bounding the week [Monday 00:00, next Monday 00:00) in Beijing. */
export function weekBounds(weekStart: string): { from: Date; to: Date } {
  const from = beijingDayStart(weekStart);
  return { from, to: new Date(from.getTime() + 7 * dayMs) };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export function buildWeekCalendar(weekStart: string, bookings: WeekBooking[]): WeekDay[] {
  const { from } = weekBounds(weekStart);
  return Array.from({ length: 7 }, (_, index) => {
    const dayStart = from.getTime() + index * dayMs;
    const dayEnd = dayStart + dayMs;
    const ranges = bookings
      .filter((b) => b.startsAt.getTime() < dayEnd && b.endsAt.getTime() > dayStart)
      .map((b) => {
        const start = Math.max(b.startsAt.getTime(), dayStart);
        const end = Math.min(b.endsAt.getTime(), dayEnd);
        return {
          court: b.court,
          from: hhmm(Math.round((start - dayStart) / 60_000)),
          to: hhmm(Math.round((end - dayStart) / 60_000)),
          label: b.label,
        };
      })
      .sort((a, b) => a.court - b.court || a.from.localeCompare(b.from));
    return { date: addDays(weekStart, index), weekday: index + 1, ranges };
  });
}

/** Marks each day closed when the venue has no opening hours that weekday or a closed date then. */
export function markClosedDays(
  days: WeekDay[],
  openWeekdays: number[],
  closedDates: string[],
): Array<WeekDay & { closed: boolean }> {
  return days.map((day) => ({
    ...day,
    closed: !openWeekdays.includes(day.weekday) || closedDates.includes(day.date),
  }));
}
