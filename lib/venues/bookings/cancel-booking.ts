import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { can } from "@/lib/core/auth/policy";
import type { CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { assertVersion, lockBooking } from "./lock-booking";
import { describeTime } from "./notify-booking";
import type { CancelBookingInput } from "./schemas";

/**
 * Cancels a pending or confirmed booking before it starts: the booking unit's secretary (reason
 * optional) or the owner (venue.manage, reason required). The other side is told.
 */
export async function cancelBooking(
  actor: CurrentUser,
  input: CancelBookingInput,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const booking = await lockBooking(tx, input.bookingId);
    const asBooker = can(actor, { action: "booking.create", unitId: booking.unitId });
    const asOwner = !asBooker && can(actor, { action: "venue.manage", unitId: booking.ownerUnitId });
    if (!asBooker && !asOwner) throw new DomainError("core.errors.forbidden");
    if (asOwner && !input.reason)
      throw new DomainError("venues.bookings.errors.reasonRequired", undefined, "reason");
    assertVersion(booking, input.version);
    if (booking.status !== "PENDING" && booking.status !== "CONFIRMED")
      throw new DomainError("venues.bookings.errors.notLive");
    if (booking.startsAt <= now) throw new DomainError("venues.bookings.errors.alreadyStarted");
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, version: input.version, status: { in: ["PENDING", "CONFIRMED"] } },
      data: { status: "CANCELLED", reason: input.reason, cancelledById: actor.id, version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("venues.bookings.errors.changed");
    // An admin cancelling for the owner has no unit of their own to name.
    const canceller =
      actor.unitId === null
        ? null
        : await tx.unit.findUnique({ where: { id: actor.unitId }, select: { name: true } });
    const otherSide = asBooker ? booking.ownerUnitId : booking.unitId;
    if (otherSide !== actor.unitId) {
      await notifyUnit(tx, otherSide, "BOOKING_CANCELLED", null, {
        title: booking.venueName,
        date: describeTime(booking.startsAt, booking.endsAt),
        unit: canceller?.name ?? "",
        reason: input.reason,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "booking.cancel",
      entity: "Booking",
      entityId: booking.id,
      unitId: booking.unitId,
      before: { status: booking.status },
      after: { status: "CANCELLED", reason: input.reason, by: asBooker ? "booker" : "owner" },
    });
  });
}
