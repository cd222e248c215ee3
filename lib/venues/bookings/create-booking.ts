import { randomUUID } from "node:crypto";
import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { CurrentUser } from "@/lib/core/auth/session";
import { success } from "@/lib/core/forms/form-state";
import { addDays, minuteMs } from "@/lib/core/time/beijing";
import { answerExisting, bookingFormAction, clashState, range } from "./booking-answers";
import { assertBookable, assertRules, occurrenceOf, type Occurrence } from "./booking-rules";
import { DuplicateRequest, insertOnFreeCourt } from "./insert-booking";
import { checkQuota } from "./check-quota";
import { loadVenue } from "./load-venue";
import { notifyBookingCreated } from "./notify-booking";
import type { CreateBookingInput } from "./schemas";

/** Thrown inside the transaction so a refused series leaves nothing behind. */
class Clash extends Error {
  constructor(readonly dates: Occurrence[]) {
    super("booking clash");
  }
}

const keyOf = (input: CreateBookingInput, week: number) =>
  week === 0 ? input.requestKey : `${input.requestKey.slice(0, 75)}#${week}`;

/**
 * Books a venue for the actor's unit, once or weekly. Rules are checked first (each its own
 * message); the exclusion constraint then decides clashes, so concurrent requests never overlap.
 * Booking one's own unit's venue is allowed (e.g. to block a court for its own members) and is
 * confirmed at once: there is nobody else to approve it.
 */
export async function createBooking(actor: CurrentUser, input: CreateBookingInput, now = new Date()) {
  const unitId = actor.unitId!;
  const repeated = await answerExisting(unitId, input.requestKey);
  if (repeated) return repeated;

  const venue = await loadVenue(input.venueId);
  assertBookable(venue);
  const occurrences = Array.from({ length: input.weeks }, (_, week) =>
    occurrenceOf(addDays(input.date, 7 * week), input.startTime, input.endTime),
  );
  for (const occurrence of occurrences) assertRules(venue, occurrence, input, now);
  const courts = input.court === "any" ? range(venue.quantity) : [input.court];
  const status = venue.needsApproval && venue.unitId !== unitId ? "PENDING" : "CONFIRMED";
  const seriesId = input.weeks > 1 ? randomUUID() : null;

  try {
    return await db.$transaction(
      async (tx) => {
        await checkQuota(tx, venue, unitId, occurrences);
        const created: { id: number; occurrence: Occurrence }[] = [];
        const clashes: Occurrence[] = [];
        for (const [week, occurrence] of occurrences.entries()) {
          const booking = await insertOnFreeCourt(
            tx,
            {
              venueId: venue.id,
              unitId,
              bookedById: actor.id,
              startsAt: occurrence.startsAt,
              endsAt: occurrence.endsAt,
              blockedUntil: new Date(occurrence.endsAt.getTime() + venue.bufferMinutes * minuteMs),
              purpose: input.purpose,
              headcount: input.headcount,
              status,
              seriesId,
              requestKey: keyOf(input, week),
              requestAction: bookingFormAction,
            },
            courts,
          );
          if (booking) created.push({ id: booking.id, occurrence });
          else clashes.push(occurrence);
        }
        if (clashes.length > 0 && (!input.skipConflicts || created.length === 0)) throw new Clash(clashes);
        await notifyBookingCreated(
          tx,
          venue,
          unitId,
          status,
          created.map((row) => row.occurrence),
        );
        await recordAudit(tx, {
          actorId: actor.id,
          action: "booking.create",
          entity: "Booking",
          entityId: created[0]!.id,
          unitId,
          after: {
            venueId: venue.id,
            status,
            seriesId,
            bookings: created.map((row) => row.id),
            skipped: clashes.map((c) => c.date),
          },
        });
        const data = {
          bookingId: created[0]!.id,
          status,
          ...(seriesId ? { seriesId, created: created.length } : {}),
        };
        if (clashes.length === 0)
          return success(
            `venues.bookings.messages.${status === "PENDING" ? "requested" : "confirmed"}`,
            data,
          );
        const skipped = clashes.map((c) => c.date).join(", ");
        const state = success("venues.bookings.messages.createdSkipping", { ...data, skipped });
        return {
          ...state,
          message: {
            key: "venues.bookings.messages.createdSkipping",
            values: { count: created.length, skipped },
          },
        };
      },
      { maxWait: 30_000, timeout: 30_000 },
    );
  } catch (error) {
    if (error instanceof DuplicateRequest) return (await answerExisting(unitId, input.requestKey))!;
    if (!(error instanceof Clash)) throw error;
    // A concurrent identical submit may have won the slot with our own key: that is success.
    const repeatedAfterClash = await answerExisting(unitId, input.requestKey);
    if (repeatedAfterClash) return repeatedAfterClash;
    return clashState(venue, input, error.dates, courts, now);
  }
}
