// Is a venue free at a chosen time? Pure checks behind the map's "free at" filter, on Beijing
// wall-clock values (lib/core/time/beijing.ts).
import { beijingWallClock, minuteMs } from "@/lib/core/time/beijing";

export type OpeningHoursRow = { weekday: number; opensAt: number; closesAt: number };
export type BusyRange = { court: number; startsAt: Date; blockedUntil: Date };
export type FreeAtWindow = { start: Date; end: Date };

export const durationChoices = [30, 60, 90, 120, 180, 240] as const;

/** Open for the whole window: same Beijing day, within that weekday's hours, not a closed date. */
export function isOpenDuring(hours: OpeningHoursRow[], closedDates: string[], window: FreeAtWindow): boolean {
  const start = beijingWallClock(window.start);
  const lengthMinutes = (window.end.getTime() - window.start.getTime()) / minuteMs;
  const endMinutes = start.minutes + lengthMinutes;
  if (closedDates.includes(start.date)) return false;
  const row = hours.find((h) => h.weekday === start.weekday);
  return row !== undefined && row.opensAt <= start.minutes && endMinutes <= row.closesAt;
}

/**
 * At least one court can take a booking of the window: like the database's exclusion
 * constraint, a new booking blocks [start, end + buffer) and must not touch any live booking's
 * [startsAt, blockedUntil).
 */
export function hasFreeCourt(
  quantity: number,
  busy: BusyRange[],
  window: FreeAtWindow,
  bufferMinutes: number,
): boolean {
  const blockedUntil = window.end.getTime() + bufferMinutes * minuteMs;
  const start = window.start.getTime();
  for (let court = 1; court <= quantity; court++) {
    const clash = busy.some(
      (b) => b.court === court && b.startsAt.getTime() < blockedUntil && start < b.blockedUntil.getTime(),
    );
    if (!clash) return true;
  }
  return false;
}
