import type { Tx } from "@/lib/core/db";
import { db } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import type { VenuePolicy } from "./booking-rules";

export type BookableVenue = VenuePolicy & {
  id: number;
  unitId: number;
  needsApproval: boolean;
  monthlyQuota: number | null;
};

/** The venue with its policy, opening hours and closed dates (as Beijing "YYYY-MM-DD"). */
export async function loadVenue(venueId: number, client: Tx | typeof db = db): Promise<BookableVenue> {
  const venue = await client.venue.findUnique({
    where: { id: venueId },
    select: {
      id: true,
      unitId: true,
      name: true,
      active: true,
      bookingMode: true,
      contactPhone: true,
      quantity: true,
      capacity: true,
      needsApproval: true,
      minNoticeHours: true,
      maxAdvanceDays: true,
      maxDurationMinutes: true,
      bufferMinutes: true,
      monthlyQuota: true,
      openingHours: { select: { weekday: true, opensAt: true, closesAt: true } },
      closedDates: { select: { date: true } },
    },
  });
  if (!venue) throw new DomainError("venues.bookings.errors.venueNotFound", undefined, "venueId");
  return { ...venue, closedDates: venue.closedDates.map((row) => row.date.toISOString().slice(0, 10)) };
}
