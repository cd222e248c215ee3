import "server-only";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { beijingDate } from "@/lib/core/time/beijing";
import { getVenueWeek } from "./queries";
import { parseWeekStart } from "./week-calendar";

export type VenueWeekView = NonNullable<Awaited<ReturnType<typeof loadVenueWeek>>>;

/**
 * The venue page's island (GET /api/venues/<id>/week): the week asked for (`?week=`, else this
 * one) with who booked for signed-in viewers, and whether this viewer may book. The page around
 * it is the same for everybody and cached. Null for an unknown or hidden venue.
 */
export async function loadVenueWeek(venueId: number, week: string | null, now: Date = new Date()) {
  const user = await getCurrentUser().catch(() => null);
  const weekStart = parseWeekStart(week ?? undefined, now);
  const venue = await getVenueWeek(venueId, { weekStart, showBookers: user !== null });
  if (!venue) return null;
  const bookable = venue.bookingMode === "BOOKABLE";
  return {
    weekStart,
    today: beijingDate(now),
    days: venue.days,
    quantity: venue.quantity,
    signedIn: user !== null,
    bookable,
    canBook: bookable && can(user, "booking.create"),
  };
}
