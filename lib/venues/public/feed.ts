import type { CalendarEvent } from "@/lib/core/calendar/ics";

// The public feed of a venue's confirmed bookings. It is public, so it never names the
// booking unit: every entry reads "booked".

export type FeedBooking = { id: number; court: number; startsAt: Date; endsAt: Date; updatedAt: Date };

export function bookingEvents(
  venue: { id: number; name: string; address: string },
  bookings: FeedBooking[],
  baseUrl: string,
  summary: (court: number) => string,
): CalendarEvent[] {
  const host = new URL(baseUrl).host;
  return bookings.map((booking) => ({
    uid: `venue-booking-${booking.id}@${host}`,
    title: summary(booking.court),
    start: booking.startsAt,
    end: booking.endsAt,
    location: venue.address || undefined,
    url: `${baseUrl}/venues/${venue.id}`,
    updatedAt: booking.updatedAt,
    status: "CONFIRMED",
  }));
}
