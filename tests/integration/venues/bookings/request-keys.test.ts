// Request keys belong to the unit (and the action) that made them: another unit replaying a key
// gets its own booking, never the first unit's booking id or its success message.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { createSecretary, createUnit } from "@/tests/factories";
import { book, bookingWorld, daysAhead } from "./booking-world";

describe("booking request keys are scoped to the unit and action", () => {
  it("books for unit B when it sends unit A's key, without revealing A's booking", async () => {
    const world = await bookingWorld({ quantity: 2 });
    const otherUnit = await createUnit();
    const otherSecretary = await createSecretary(otherUnit.id);
    const requestKey = "shared-key-replayed-1";

    const first = await book(world.bookerSecretary, world.venue.id, { requestKey });
    expect(first).toMatchObject({ ok: true });
    const replayed = await book(otherSecretary, world.venue.id, {
      requestKey,
      startTime: "14:00",
      endTime: "15:00",
    });

    expect(replayed.ok).toBe(true);
    expect(replayed.data?.bookingId).not.toBe(first.data!.bookingId);
    const mine = await db.booking.findUniqueOrThrow({ where: { id: Number(replayed.data!.bookingId) } });
    expect(mine).toMatchObject({ unitId: otherUnit.id, requestKey, startsAt: expect.any(Date) });
    expect(await db.booking.count({ where: { requestKey } })).toBe(2);
  });

  it("refuses unit B's replay of A's key for A's taken slot as a clash, not as A's success", async () => {
    const world = await bookingWorld();
    const otherUnit = await createUnit();
    const otherSecretary = await createSecretary(otherUnit.id);
    const requestKey = "shared-key-replayed-2";
    const first = await book(world.bookerSecretary, world.venue.id, { requestKey });
    const replayed = await book(otherSecretary, world.venue.id, { requestKey });
    expect(replayed).toMatchObject({ ok: false, message: { key: "venues.bookings.errors.clash" } });
    expect(JSON.stringify(replayed)).not.toContain(`"bookingId":${JSON.stringify(first.data!.bookingId)}`);
    expect(await db.booking.count({ where: { venueId: world.venue.id } })).toBe(1);
  });

  it("still answers the same unit's double submit with its one booking", async () => {
    const world = await bookingWorld();
    const requestKey = "same-unit-again-3";
    const first = await book(world.bookerSecretary, world.venue.id, { requestKey, date: daysAhead(4) });
    const again = await book(world.bookerSecretary, world.venue.id, { requestKey, date: daysAhead(4) });
    expect(again).toMatchObject({ ok: true, data: { bookingId: first.data!.bookingId } });
  });

  it("keeps the uniqueness in the database per unit and action", async () => {
    const world = await bookingWorld({ quantity: 3 });
    const first = await book(world.bookerSecretary, world.venue.id, { requestKey: "db-scope-key-4" });
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...copy
    } = await db.booking.findUniqueOrThrow({
      where: { id: Number(first.data!.bookingId) },
    });
    const otherUnit = await createUnit();
    const later = {
      startsAt: new Date(copy.startsAt.getTime() + 864e5),
      endsAt: new Date(copy.endsAt.getTime() + 864e5),
    };
    const blocked = { blockedUntil: later.endsAt };
    // Another unit and another action may use the same key; the same unit and action may not.
    await db.booking.create({ data: { ...copy, ...later, ...blocked, unitId: otherUnit.id } });
    await db.booking.create({
      data: { ...copy, ...later, ...blocked, court: 2, requestAction: "activity.schedule" },
    });
    const duplicate = await db.booking
      .create({ data: { ...copy, ...later, ...blocked, court: 3 } })
      .catch((error: unknown) => error);
    expect(duplicate).toMatchObject({ code: "P2002" });
  });
});
