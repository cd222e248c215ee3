// One insert attempt per court, each inside a savepoint so a clash does not abort the transaction.
import type { Tx } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/errors";
import { isExclusionViolation } from "./exclusion";

export type NewBooking = {
  venueId: number;
  unitId: number;
  bookedById: number;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  purpose: string;
  headcount: number;
  status: "PENDING" | "CONFIRMED";
  seriesId: string | null;
  requestKey: string;
  /** With the unit, the scope the key is unique in ("booking.create", "activity.schedule"). */
  requestAction: string;
  /** Set when the lead books the venue while scheduling its activity. */
  activityId?: number | null;
};

/**
 * The same unit stored the same request key for the same action in a concurrent submit: the
 * caller answers with that booking.
 */
export class DuplicateRequest extends Error {
  constructor() {
    super("duplicate booking request");
  }
}

/**
 * Inserts the booking on the first of `courts` the exclusion constraint accepts; null when every
 * court clashes. The database, not a prior read, decides: concurrent requests cannot both win.
 */
export async function insertOnFreeCourt(tx: Tx, booking: NewBooking, courts: number[]) {
  for (const court of courts) {
    await tx.$executeRawUnsafe("SAVEPOINT booking_attempt");
    try {
      const created = await tx.booking.create({
        data: { ...booking, court },
        select: { id: true, court: true, status: true },
      });
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT booking_attempt");
      return created;
    } catch (error) {
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT booking_attempt");
      if (isUniqueViolation(error)) throw new DuplicateRequest();
      if (!isExclusionViolation(error)) throw error;
    }
  }
  return null;
}
