import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { beijingMonthRange } from "@/lib/core/time/beijing";
import type { Occurrence } from "./booking-rules";
import type { BookableVenue } from "./load-venue";

/**
 * Monthly quota per booking unit: its PENDING and CONFIRMED bookings of the venue starting in
 * each Beijing calendar month, plus the ones requested now (a whole series counts, also weeks
 * that may be skipped). An advisory lock makes concurrent requests of one unit count in turn.
 */
export async function checkQuota(tx: Tx, venue: BookableVenue, unitId: number, occurrences: Occurrence[]) {
  if (venue.monthlyQuota === null) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${venue.id}::int, ${unitId}::int)`;
  const months = new Map<string, number>();
  for (const o of occurrences) months.set(o.date.slice(0, 7), (months.get(o.date.slice(0, 7)) ?? 0) + 1);
  for (const [month, adding] of months) {
    const { start, end } = beijingMonthRange(`${month}-01`);
    const made = await tx.booking.count({
      where: {
        venueId: venue.id,
        unitId,
        status: { in: ["PENDING", "CONFIRMED"] },
        startsAt: { gte: start, lt: end },
      },
    });
    if (made + adding > venue.monthlyQuota) {
      throw new DomainError("venues.bookings.errors.overQuota", { quota: venue.monthlyQuota, month });
    }
  }
}
