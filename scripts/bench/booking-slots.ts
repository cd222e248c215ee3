// Free one-hour slots for the booking scenario: inside each venue's opening hours, between its
// minimum notice and its furthest advance day, taken round-robin over the venues so that
// concurrent requests spread over them. Pure, so the rules it follows are tested.
import { addDays, isoWeekday } from "../../lib/core/time/beijing";

export interface SlotVenue {
  id: number;
  minNoticeHours: number;
  maxAdvanceDays: number;
  openingHours: { weekday: number; opensAt: number; closesAt: number }[];
}

export interface Slot {
  venueId: number;
  date: string;
  startTime: string;
  endTime: string;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** `today` is Beijing's calendar date ("YYYY-MM-DD"). The first day leaves a full day's margin. */
export function bookingSlots(venues: readonly SlotVenue[], today: string, limit: number): Slot[] {
  const perVenue = venues.map((venue) => {
    const slots: Slot[] = [];
    const firstDay = Math.ceil(venue.minNoticeHours / 24) + 1;
    for (let day = firstDay; day < venue.maxAdvanceDays; day++) {
      const date = addDays(today, day);
      const hours = venue.openingHours.find((row) => row.weekday === isoWeekday(date));
      if (!hours) continue;
      for (let start = Math.ceil(hours.opensAt / 60) * 60; start + 60 <= hours.closesAt; start += 60)
        slots.push({ venueId: venue.id, date, startTime: clock(start), endTime: clock(start + 60) });
    }
    return slots;
  });
  const out: Slot[] = [];
  for (let index = 0; out.length < limit && perVenue.some((slots) => index < slots.length); index++) {
    for (const slots of perVenue) if (index < slots.length && out.length < limit) out.push(slots[index]!);
  }
  return out;
}
