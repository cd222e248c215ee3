// What createBooking answers when the request was already made, or when its time is taken.
import { db } from "@/lib/core/db";
import { failure, success, type FormState } from "@/lib/core/forms/form-state";
import { beijingTime } from "@/lib/core/time/beijing";
import type { Occurrence } from "./booking-rules";
import type { BookableVenue } from "./load-venue";
import type { CreateBookingInput } from "./schemas";
import { findClashing, suggestSlots } from "./suggest-slots";

/** The requestAction of bookings made through the booking form. */
export const bookingFormAction = "booking.create";

export const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

/**
 * A clash: for a series, the taken dates (data.conflicts); for one booking, who holds the time
 * ("booked from HH:mm to HH:mm") and the nearest free slots (data.suggestions).
 */
export async function clashState(
  venue: BookableVenue,
  input: CreateBookingInput,
  dates: Occurrence[],
  courts: number[],
  now: Date,
): Promise<FormState> {
  if (input.weeks > 1) {
    const conflicts = JSON.stringify(dates.map((d) => d.date));
    return {
      ...failure("venues.bookings.errors.seriesConflicts", { dates: dates.map((d) => d.date).join(", ") }),
      data: { conflicts },
    };
  }
  const occurrence = dates[0]!;
  const clashing = await findClashing(db, venue, occurrence, courts);
  const suggestions = await suggestSlots(db, venue, occurrence, range(venue.quantity), now);
  const values = clashing
    ? { start: beijingTime(clashing.startsAt), end: beijingTime(clashing.endsAt) }
    : { start: input.startTime, end: input.endTime };
  return {
    ...failure("venues.bookings.errors.clash", values, {
      startTime: [{ key: "venues.bookings.errors.clash", values }],
    }),
    data: { suggestions: JSON.stringify(suggestions) },
  };
}

/**
 * The success state of a booking this unit already made with this request key (a double
 * submit). Keys are looked up within the unit and the booking form only: another unit's key
 * is a new request, never an answer with that unit's booking.
 */
export async function answerExisting(unitId: number, requestKey: string): Promise<FormState | null> {
  const existing = await db.booking.findUnique({
    where: { unitId_requestAction_requestKey: { unitId, requestAction: bookingFormAction, requestKey } },
    select: { id: true, status: true, seriesId: true },
  });
  if (!existing) return null;
  // A key whose booking was since declined or cancelled is still "this request", not a new one.
  const key = {
    PENDING: "requested",
    CONFIRMED: "confirmed",
    DECLINED: "alreadyHandled",
    CANCELLED: "alreadyHandled",
  }[existing.status];
  return success(`venues.bookings.messages.${key}`, { bookingId: existing.id, status: existing.status });
}
