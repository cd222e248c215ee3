// The venue half of scheduling: the activity's live booking is kept, moved or released in the
// same transaction as the schedule, so a clash leaves neither a booking nor a half-saved schedule.
import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import {
  checkQuota,
  describeTime,
  DuplicateRequest,
  insertOnFreeCourt,
  notifyBookingCreated,
  range,
  type BookableVenue,
  type Occurrence,
} from "@/lib/venues/bookings";
import { minuteMs } from "@/lib/core/time/beijing";

type Actor = { id: number; unitId: number };
type Plan = { activityId: number; version: number; title: string; headcount: number };

/** The activity's booking that still holds the venue, if any. */
export function liveBookingOf(tx: Tx, activityId: number) {
  return tx.booking.findFirst({
    where: { activityId, status: { in: ["PENDING", "CONFIRMED"] } },
    select: { id: true, venueId: true, startsAt: true, endsAt: true, unitId: true, venue: true },
  });
}

/**
 * Makes the activity's venue booking match the schedule: unchanged when venue and times are the
 * same; otherwise the old booking is cancelled (its owner told) and a new one inserted, where the
 * exclusion constraint decides clashes. Returns the booking's status, or null without a venue.
 */
export async function syncVenueBooking(
  tx: Tx,
  actor: Actor,
  plan: Plan,
  venue: BookableVenue | null,
  occurrence: Occurrence,
): Promise<"PENDING" | "CONFIRMED" | "KEPT" | null> {
  const current = await liveBookingOf(tx, plan.activityId);
  const same =
    current !== null &&
    venue !== null &&
    current.venueId === venue.id &&
    current.startsAt.getTime() === occurrence.startsAt.getTime() &&
    current.endsAt.getTime() === occurrence.endsAt.getTime();
  if (same) return "KEPT";
  if (current) {
    await tx.booking.update({
      where: { id: current.id },
      data: { status: "CANCELLED", reason: plan.title, cancelledById: actor.id, version: { increment: 1 } },
    });
    if (current.venue.unitId !== actor.unitId) {
      await notifyUnit(tx, current.venue.unitId, "BOOKING_CANCELLED", null, {
        title: current.venue.name,
        date: describeTime(current.startsAt, current.endsAt),
        unit: (await unitName(tx, actor.unitId)) ?? "",
        reason: plan.title,
      });
    }
  }
  if (!venue) return null;
  await checkQuota(tx, venue, actor.unitId, [occurrence]);
  const status = venue.needsApproval && venue.unitId !== actor.unitId ? "PENDING" : "CONFIRMED";
  let booking;
  try {
    booking = await insertOnFreeCourt(
      tx,
      {
        venueId: venue.id,
        unitId: actor.unitId,
        bookedById: actor.id,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        blockedUntil: new Date(occurrence.endsAt.getTime() + venue.bufferMinutes * minuteMs),
        purpose: plan.title.slice(0, 200),
        headcount: plan.headcount,
        status,
        seriesId: null,
        // One key per activity version: a repeated submit of the same form cannot book twice.
        requestKey: `activity-${plan.activityId}-v${plan.version}`,
        requestAction: "activity.schedule",
        activityId: plan.activityId,
      },
      range(venue.quantity),
    );
  } catch (error) {
    if (error instanceof DuplicateRequest) throw new DomainError("core.errors.staleVersion");
    throw error;
  }
  if (!booking) {
    throw new DomainError("activities.participation.schedule.venueTaken", { venue: venue.name }, "venueId");
  }
  await notifyBookingCreated(tx, venue, actor.unitId, status, [occurrence]);
  return status;
}

async function unitName(tx: Tx, unitId: number) {
  return (await tx.unit.findUnique({ where: { id: unitId }, select: { name: true } }))?.name;
}
