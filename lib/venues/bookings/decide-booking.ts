import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { can } from "@/lib/core/auth/policy";
import type { CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { assertVersion, lockBooking } from "./lock-booking";
import { describeTime } from "./notify-booking";
import type { DecideBookingInput } from "./schemas";

/** The owning unit confirms or declines (with a reason) a pending booking; the booker is told. */
export async function decideBooking(
  actor: CurrentUser,
  input: DecideBookingInput,
  now = new Date(),
): Promise<"CONFIRMED" | "DECLINED"> {
  return db.$transaction(async (tx) => {
    const booking = await lockBooking(tx, input.bookingId);
    if (!can(actor, { action: "venue.manage", unitId: booking.ownerUnitId }))
      throw new DomainError("core.errors.forbidden");
    assertVersion(booking, input.version);
    if (booking.status !== "PENDING") throw new DomainError("venues.bookings.errors.notPending");
    // Confirming a time already begun promises nothing; declining it still tidies the list.
    if (input.decision === "CONFIRM" && booking.startsAt <= now) {
      throw new DomainError("venues.bookings.errors.startedCannotConfirm");
    }
    const status = input.decision === "CONFIRM" ? "CONFIRMED" : "DECLINED";
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, version: input.version, status: "PENDING" },
      data: {
        status,
        reason: status === "DECLINED" ? input.reason : "",
        decidedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new DomainError("venues.bookings.errors.changed");
    const values = { title: booking.venueName, date: describeTime(booking.startsAt, booking.endsAt) };
    if (status === "CONFIRMED") await notifyUnit(tx, booking.unitId, "BOOKING_CONFIRMED", null, values);
    else await notifyUnit(tx, booking.unitId, "BOOKING_DECLINED", null, { ...values, reason: input.reason });
    await recordAudit(tx, {
      actorId: actor.id,
      action: status === "CONFIRMED" ? "booking.confirm" : "booking.decline",
      entity: "Booking",
      entityId: booking.id,
      unitId: booking.ownerUnitId,
      before: { status: booking.status },
      after: { status, reason: input.reason },
    });
    return status;
  });
}
