// The booking page's day view: a venue's day cut into slots, each court free or not and why
// (pure: no database). The same rules as assertRules, so a slot offered as free is one the
// booking action accepts (unless someone books it first: the exclusion constraint decides).
import { formatMinutes } from "./booking-ui";
import { addDays, beijingDate, beijingToUtc, dayMs, isoWeekday, minuteMs } from "@/lib/core/time/beijing";
import type { VenuePolicy } from "./booking-rules";

/** Why a court cannot be picked in a slot; "free" when it can. */
export type SlotState = "free" | "busy" | "buffer" | "past" | "tooSoon" | "tooFar" | "closed";
export type DayState = "open" | "closed" | "past" | "tooFar";

export type DaySlot = {
  /** "HH:mm" Beijing wall time; `end` may be "24:00". */
  start: string;
  end: string;
  courts: { court: number; state: SlotState }[];
};

export type DayView = { date: string; state: DayState; slots: DaySlot[] };

export type DayBusy = { court: number; startsAt: Date; endsAt: Date; blockedUntil: Date };

export type DayViewInput = {
  /** Beijing date "YYYY-MM-DD". */
  date: string;
  venue: Pick<
    VenuePolicy,
    | "quantity"
    | "minNoticeHours"
    | "maxAdvanceDays"
    | "maxDurationMinutes"
    | "bufferMinutes"
    | "openingHours"
    | "closedDates"
  >;
  /** Live (pending or confirmed) bookings of the venue touching that day. */
  busy: DayBusy[];
  now: Date;
  /** Slot length; never longer than the venue allows (default 60 minutes). */
  slotMinutes?: number;
};

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) =>
  aStart < bEnd && bStart < aEnd;

/**
 * The day's slots: before opening and after closing one greyed "closed" slot each; within the
 * opening hours slots of `slotMinutes` from the opening time (the last one shorter if needed).
 * A court is busy where a booking holds it, "buffer" where only a booking's changeover time (or
 * this slot's own buffer reaching into the next booking) is in the way, past / too soon / too far
 * by the clock and the venue's notice and advance limits. A closed day has no slots.
 */
export function buildDayView({ date, venue, busy, now, slotMinutes = 60 }: DayViewInput): DayView {
  const today = beijingDate(now);
  const hours = venue.openingHours.find((row) => row.weekday === isoWeekday(date));
  if (!hours || venue.closedDates.includes(date) || hours.closesAt <= hours.opensAt) {
    return { date, state: "closed", slots: [] };
  }
  const midnight = beijingToUtc(date, "00:00").getTime();
  const latestStart = now.getTime() + venue.maxAdvanceDays * dayMs;
  const earliestStart = now.getTime() + venue.minNoticeHours * 3_600_000;
  const length = Math.max(15, Math.min(slotMinutes, venue.maxDurationMinutes));
  const bufferMs = venue.bufferMinutes * minuteMs;
  const courts = Array.from({ length: venue.quantity }, (_, index) => index + 1);
  const allClosed = (from: number, to: number): DaySlot => ({
    start: formatMinutes(from),
    end: formatMinutes(to),
    courts: courts.map((court) => ({ court, state: "closed" })),
  });

  const stateOf = (court: number, start: number, end: number): SlotState => {
    if (start < now.getTime()) return "past";
    if (start < earliestStart) return "tooSoon";
    if (start > latestStart) return "tooFar";
    const mine = busy.filter((range) => range.court === court);
    if (mine.some((range) => overlaps(start, end, range.startsAt.getTime(), range.endsAt.getTime()))) {
      return "busy";
    }
    const blocked = mine.some((range) =>
      overlaps(start, end + bufferMs, range.startsAt.getTime(), range.blockedUntil.getTime()),
    );
    return blocked ? "buffer" : "free";
  };

  const slots: DaySlot[] = [];
  if (hours.opensAt > 0) slots.push(allClosed(0, hours.opensAt));
  for (let from = hours.opensAt; from < hours.closesAt; from += length) {
    const to = Math.min(from + length, hours.closesAt);
    const start = midnight + from * minuteMs;
    const end = midnight + to * minuteMs;
    slots.push({
      start: formatMinutes(from),
      end: formatMinutes(to),
      courts: courts.map((court) => ({ court, state: stateOf(court, start, end) })),
    });
  }
  if (hours.closesAt < 1440) slots.push(allClosed(hours.closesAt, 1440));

  const state: DayState =
    date < today ? "past" : midnight + hours.opensAt * minuteMs > latestStart ? "tooFar" : "open";
  return { date, state, slots };
}

/** The day shown: `?date=` when it is a real date, else `fallback` (e.g. tomorrow in Beijing). */
export function parseDayParam(raw: string | string[] | undefined, fallback: string): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return fallback;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? value : fallback;
}

/** The neighbouring days for prev/next links. */
export function neighbourDays(date: string): { previous: string; next: string } {
  return { previous: addDays(date, -1), next: addDays(date, 1) };
}
