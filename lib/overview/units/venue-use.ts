// How often and how long venues were used, from confirmed bookings: one booking is one use, its
// length (start to end, without the changeover buffer) the time used.

export type BookingSpan = { venueId: number; startsAt: Date; endsAt: Date };
export type VenueUse = { uses: number; hours: number };

const minuteMs = 60_000;

/** Uses and hours (to a tenth) per venue. */
export function tallyVenueUse(bookings: readonly BookingSpan[]): Map<number, VenueUse> {
  const minutes = new Map<number, { uses: number; minutes: number }>();
  for (const booking of bookings) {
    const entry = minutes.get(booking.venueId) ?? { uses: 0, minutes: 0 };
    entry.uses += 1;
    entry.minutes += Math.max(
      0,
      Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / minuteMs),
    );
    minutes.set(booking.venueId, entry);
  }
  return new Map(
    [...minutes].map(([venueId, entry]) => [
      venueId,
      { uses: entry.uses, hours: Math.round(entry.minutes / 6) / 10 },
    ]),
  );
}

/** The sum of uses and hours over venues. */
export function sumVenueUse(uses: Iterable<VenueUse>): VenueUse {
  let total = { uses: 0, hours: 0 };
  for (const use of uses) total = { uses: total.uses + use.uses, hours: total.hours + use.hours };
  return { uses: total.uses, hours: Math.round(total.hours * 10) / 10 };
}
