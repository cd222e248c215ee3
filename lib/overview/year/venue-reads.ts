import "server-only";
import { db } from "@/lib/core/db";
import { beijingMonthStart } from "@/lib/core/time/beijing";
import { bookingWaitLimitHours } from "@/lib/venues/admin/queries";

// Bookings for the admin overview, read per venue: the bookings table grows with units × years,
// and its (venueId, startsAt) index serves a venue's bookings in a span; a year's bookings of
// all venues at once would be read whole. Same rules as /admin/bookings (lib/venues/admin).

export type VenueYearRow = {
  venueId: number;
  name: string;
  unitName: string;
  /** Pending or confirmed bookings starting in the year (Beijing). */
  made: number;
  /** Confirmed bookings of the year that have ended, and their hours in milliseconds. */
  used: number;
  usedMs: number;
};

/** Each venue with bookings starting in `year`: made, and used up to `now`; most booked first. */
export async function readVenueYear(year: number, now: Date): Promise<VenueYearRow[]> {
  const [start, end] = [beijingMonthStart(year, 1), beijingMonthStart(year + 1, 1)];
  const rows = await db.$queryRaw<Array<Omit<VenueYearRow, "usedMs"> & { usedMs: number | null }>>`
    SELECT v."id" AS "venueId", v."name", u."name" AS "unitName", b."made", b."used", b."usedMs"
    FROM "Venue" v
    JOIN "Unit" u ON u."id" = v."unitId"
    CROSS JOIN LATERAL (
      SELECT
        count(*) FILTER (WHERE "status" IN ('PENDING', 'CONFIRMED'))::int AS "made",
        count(*) FILTER (WHERE "status" = 'CONFIRMED' AND "endsAt" <= ${now})::int AS "used",
        (sum(EXTRACT(EPOCH FROM "endsAt" - "startsAt") * 1000)
          FILTER (WHERE "status" = 'CONFIRMED' AND "endsAt" <= ${now}))::float8 AS "usedMs"
      FROM "Booking"
      WHERE "venueId" = v."id" AND "startsAt" >= ${start} AND "startsAt" < ${end}
    ) b
    WHERE b."made" > 0 OR b."used" > 0
    ORDER BY b."made" DESC, v."name" ASC, v."id" ASC`;
  return rows.map((row) => ({ ...row, usedMs: Number(row.usedMs ?? 0) }));
}

/**
 * Booking requests waiting too long (bookingWaitLimitHours): still pending, asked more than the
 * limit ago, not begun — per venue through its (venueId, startsAt) index.
 */
export async function countWaitingBookings(now: Date): Promise<number> {
  const askedBefore = new Date(now.getTime() - bookingWaitLimitHours * 3_600_000);
  const [row] = await db.$queryRaw<Array<{ count: number }>>`
    SELECT coalesce(sum(w."count"), 0)::int AS "count"
    FROM "Venue" v
    CROSS JOIN LATERAL (
      SELECT count(*) AS "count" FROM "Booking"
      WHERE "venueId" = v."id" AND "startsAt" > ${now} AND "status" = 'PENDING' AND "createdAt" <= ${askedBefore}
    ) w`;
  return row?.count ?? 0;
}
