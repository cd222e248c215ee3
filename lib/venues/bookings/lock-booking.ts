import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";

export type LockedBooking = {
  id: number;
  venueId: number;
  unitId: number;
  status: "PENDING" | "CONFIRMED" | "DECLINED" | "CANCELLED";
  startsAt: Date;
  endsAt: Date;
  version: number;
  venueName: string;
  ownerUnitId: number;
};

/**
 * Locks the booking row for the rest of the transaction, so a decision and a cancellation of
 * the same booking run one after the other and the second sees the first's change.
 */
export async function lockBooking(tx: Tx, bookingId: number): Promise<LockedBooking> {
  const rows = await tx.$queryRaw<LockedBooking[]>`
    SELECT b."id", b."venueId", b."unitId", b."status", b."startsAt", b."endsAt", b."version",
           v."name" AS "venueName", v."unitId" AS "ownerUnitId"
    FROM "Booking" b JOIN "Venue" v ON v."id" = b."venueId"
    WHERE b."id" = ${bookingId} FOR UPDATE OF b`;
  const booking = rows[0];
  if (!booking) throw new DomainError("venues.bookings.errors.notFound");
  return booking;
}

/** A form loaded before someone else's change is refused, never applied. */
export function assertVersion(booking: LockedBooking, version: number): void {
  if (booking.version !== version) throw new DomainError("venues.bookings.errors.changed");
}
