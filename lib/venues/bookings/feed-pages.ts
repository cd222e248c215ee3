import "server-only";
import { db } from "@/lib/core/db";
import { everyVenueFeed, venueFeed, type Revalidation } from "@/lib/core/site/revalidate-public";

// The cached venue feeds (/venues/<id>/bookings.ics, with the public results that count the
// venues' use) an action that knows a booking or an
// activity, not the venue, makes stale. Read after the change committed; should the read fail,
// every venue's feed expires instead: the change is already made and must show.

/** The feed of the venue a booking is at (a booking decided or cancelled by its id). */
export async function bookingFeedPages(bookingId: number): Promise<Revalidation[]> {
  try {
    const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { venueId: true } });
    return booking ? venueFeed(booking.venueId) : [];
  } catch {
    return everyVenueFeed();
  }
}

/**
 * The feeds of every venue an activity was ever booked at: scheduling it may have cancelled its
 * booking at one venue and made one at another (only confirmed bookings show, but which one
 * changed is not at hand afterwards).
 */
export async function activityVenueFeedPages(activityId: number): Promise<Revalidation[]> {
  try {
    const bookings = await db.booking.findMany({
      where: { activityId },
      select: { venueId: true },
      distinct: ["venueId"],
    });
    // Each venue's feed once, and the results (which every venue's entries name) once.
    const entries = bookings.flatMap(({ venueId }) => venueFeed(venueId));
    return [...new Map(entries.map((entry) => [`${entry.path} ${entry.type ?? ""}`, entry])).values()];
  } catch {
    return everyVenueFeed();
  }
}
