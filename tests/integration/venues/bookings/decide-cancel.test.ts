// The owner confirms or declines; either side cancels before the start; refusals change nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { cancelBooking, decideBooking } from "@/lib/venues/bookings/actions";
import { createSecretary, createUnit } from "@/tests/factories";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { book, bookingWorld } from "./booking-world";

async function pending() {
  const world = await bookingWorld({ needsApproval: true });
  const state = await book(world.bookerSecretary, world.venue.id);
  return { ...world, bookingId: Number(state.data!.bookingId) };
}

const decide = (fields: Record<string, string | number>) => decideBooking(initialFormState, formData(fields));
const cancel = (fields: Record<string, string | number>) => cancelBooking(initialFormState, formData(fields));

describe("decideBooking", () => {
  it("confirms a pending booking, tells the booker and audits", async () => {
    const world = await pending();
    actAs(world.ownerSecretary);
    const state = await decide({ bookingId: world.bookingId, version: 0, decision: "CONFIRM" });
    expect(state).toMatchObject({ ok: true, data: { status: "CONFIRMED" } });
    expect(await db.booking.findUniqueOrThrow({ where: { id: world.bookingId } })).toMatchObject({
      status: "CONFIRMED",
      version: 1,
      decidedById: world.ownerSecretary.id,
    });
    expect(await db.notification.findFirst({ where: { userId: world.bookerSecretary.id } })).toMatchObject({
      kind: "BOOKING_CONFIRMED",
    });
    expect(await db.auditLog.count({ where: { action: "booking.confirm" } })).toBeGreaterThan(0);
  });

  it("declines only with a reason, which the booker is told", async () => {
    const world = await pending();
    actAs(world.ownerSecretary);
    const noReason = await decide({ bookingId: world.bookingId, version: 0, decision: "DECLINE" });
    expect(noReason.fieldErrors?.reason?.[0]?.key).toBe("venues.bookings.errors.reasonRequired");
    const state = await decide({
      bookingId: world.bookingId,
      version: 0,
      decision: "DECLINE",
      reason: "场馆检修",
    });
    expect(state.ok).toBe(true);
    expect(await db.notification.findFirst({ where: { userId: world.bookerSecretary.id } })).toMatchObject({
      kind: "BOOKING_DECLINED",
      values: { reason: "场馆检修" },
    });
  });

  it("refuses another unit, a stale version and a decided booking, changing nothing", async () => {
    const world = await pending();
    actAs(await createSecretary((await createUnit()).id));
    expect((await decide({ bookingId: world.bookingId, version: 0, decision: "CONFIRM" })).message?.key).toBe(
      "core.errors.forbidden",
    );
    actAs(world.ownerSecretary);
    expect((await decide({ bookingId: world.bookingId, version: 3, decision: "CONFIRM" })).message?.key).toBe(
      "venues.bookings.errors.changed",
    );
    expect((await db.booking.findUniqueOrThrow({ where: { id: world.bookingId } })).status).toBe("PENDING");
    await decide({ bookingId: world.bookingId, version: 0, decision: "CONFIRM" });
    expect(
      (await decide({ bookingId: world.bookingId, version: 1, decision: "DECLINE", reason: "x" })).message
        ?.key,
    ).toBe("venues.bookings.errors.notPending");
  });

  it("refuses to confirm a booking whose time has begun, but lets the owner decline it", async () => {
    const world = await pending();
    const soon = Date.now() - 60_000;
    await db.booking.update({
      where: { id: world.bookingId },
      data: {
        startsAt: new Date(soon),
        endsAt: new Date(soon + 3_600_000),
        blockedUntil: new Date(soon + 3_600_000),
      },
    });
    actAs(world.ownerSecretary);
    const confirm = await decide({ bookingId: world.bookingId, version: 0, decision: "CONFIRM" });
    expect(confirm.message?.key).toBe("venues.bookings.errors.startedCannotConfirm");
    expect((await db.booking.findUniqueOrThrow({ where: { id: world.bookingId } })).status).toBe("PENDING");
    const decline = await decide({
      bookingId: world.bookingId,
      version: 0,
      decision: "DECLINE",
      reason: "已过时",
    });
    expect(decline.ok).toBe(true);
  });
});

describe("cancelBooking", () => {
  it("lets the booker cancel without a reason and tells the owner; the slot is free again", async () => {
    const world = await pending();
    actAs(world.bookerSecretary);
    expect((await cancel({ bookingId: world.bookingId, version: 0 })).ok).toBe(true);
    expect(
      await db.notification.findFirst({
        where: { userId: world.ownerSecretary.id, kind: "BOOKING_CANCELLED" },
      }),
    ).toMatchObject({
      values: { unit: world.booker.name },
    });
    expect((await book(world.bookerSecretary, world.venue.id)).ok).toBe(true);
  });

  it("requires the owner's reason and tells the booker", async () => {
    const world = await pending();
    actAs(world.ownerSecretary);
    const noReason = await cancel({ bookingId: world.bookingId, version: 0 });
    expect(noReason.message?.key).toBe("venues.bookings.errors.reasonRequired");
    expect((await db.booking.findUniqueOrThrow({ where: { id: world.bookingId } })).status).toBe("PENDING");
    expect((await cancel({ bookingId: world.bookingId, version: 0, reason: "临时活动" })).ok).toBe(true);
    expect(
      await db.notification.findFirst({
        where: { userId: world.bookerSecretary.id, kind: "BOOKING_CANCELLED" },
      }),
    ).toMatchObject({
      values: { reason: "临时活动", unit: world.owner.name },
    });
  });

  it("refuses outsiders, cancelled bookings and bookings that have started", async () => {
    const world = await pending();
    actAs(await createSecretary((await createUnit()).id));
    expect((await cancel({ bookingId: world.bookingId, version: 0 })).message?.key).toBe(
      "core.errors.forbidden",
    );
    actAs(world.bookerSecretary);
    await cancel({ bookingId: world.bookingId, version: 0 });
    expect((await cancel({ bookingId: world.bookingId, version: 1 })).message?.key).toBe(
      "venues.bookings.errors.notLive",
    );
    const started = await db.booking.update({
      where: { id: (await db.booking.findFirstOrThrow({ where: { id: world.bookingId } })).id },
      data: {
        status: "CONFIRMED",
        startsAt: new Date(Date.now() - 60_000),
        endsAt: new Date(Date.now() + 3_600_000),
        blockedUntil: new Date(Date.now() + 3_600_000),
      },
    });
    expect((await cancel({ bookingId: started.id, version: started.version })).message?.key).toBe(
      "venues.bookings.errors.alreadyStarted",
    );
  });
});
