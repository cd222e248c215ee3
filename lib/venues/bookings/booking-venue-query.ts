import "server-only";
import { db } from "@/lib/core/db";

/** What the booking page shows about a venue: its name, owner, policy, hours, closed dates and rules. */
export async function getVenueForBooking(venueId: number) {
  return db.venue.findUnique({
    where: { id: venueId },
    select: {
      id: true,
      name: true,
      kind: true,
      quantity: true,
      capacity: true,
      address: true,
      rules: true,
      contactPhone: true,
      active: true,
      bookingMode: true,
      needsApproval: true,
      minNoticeHours: true,
      maxAdvanceDays: true,
      maxDurationMinutes: true,
      bufferMinutes: true,
      monthlyQuota: true,
      unit: { select: { name: true } },
      openingHours: { select: { weekday: true, opensAt: true, closesAt: true }, orderBy: { weekday: "asc" } },
      closedDates: { select: { date: true, reason: true }, orderBy: { date: "asc" } },
    },
  });
}

export type BookingVenue = NonNullable<Awaited<ReturnType<typeof getVenueForBooking>>>;
