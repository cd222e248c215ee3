import "server-only";
import { db } from "@/lib/core/db";
import { bookingListWhere, type AdminBookingFilter } from "./booking-filter";

// Reads of /admin/bookings (every unit's bookings, for the district committee).
export {
  bookingFilterQuery,
  bookingWaitLimitHours,
  parseBookingFilter,
  type AdminBookingFilter,
} from "./booking-filter";

/** The list shows this many rows at most (the count and the hours are of all that match). */
export const adminBookingLimit = 500;

const hourMs = 3_600_000;

/** Bookings matching the filter, soonest first, with how many match and their hours in all. */
export async function listBookingsForAdmin(filter: AdminBookingFilter, now: Date = new Date()) {
  const where = bookingListWhere(filter, now);
  const [rows, all, venue] = await Promise.all([
    db.booking.findMany({
      where,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: adminBookingLimit,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        createdAt: true,
        status: true,
        purpose: true,
        unit: { select: { id: true, name: true } },
        venue: { select: { id: true, name: true, unit: { select: { id: true, name: true } } } },
      },
    }),
    db.booking.findMany({ where, select: { startsAt: true, endsAt: true } }),
    filter.venue
      ? db.venue.findUnique({ where: { id: filter.venue }, select: { id: true, name: true } })
      : null,
  ]);
  const hours = all.reduce((sum, row) => sum + (row.endsAt.getTime() - row.startsAt.getTime()), 0) / hourMs;
  return { rows, count: all.length, hours: Math.round(hours * 10) / 10, venue };
}
export type AdminBookingRow = Awaited<ReturnType<typeof listBookingsForAdmin>>["rows"][number];
