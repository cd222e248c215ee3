// /my/bookings lists and a venue's busy times; booking one's own venue.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { getVenueBusy, listUnitBookings } from "@/lib/venues/bookings/queries";
import { book, bookingWorld, daysAhead } from "./booking-world";

describe("booking queries", () => {
  it("lists made and received bookings, upcoming first, naming the other unit", async () => {
    const world = await bookingWorld({ needsApproval: true });
    await book(world.bookerSecretary, world.venue.id, { date: daysAhead(5) });
    await book(world.bookerSecretary, world.venue.id, { date: daysAhead(2) });
    const made = await listUnitBookings(world.booker.id);
    expect(made.received).toEqual([]);
    expect(made.made.map((row) => row.startsAt.toISOString())).toEqual([
      new Date(`${daysAhead(2)}T10:00:00+08:00`).toISOString(),
      new Date(`${daysAhead(5)}T10:00:00+08:00`).toISOString(),
    ]);
    expect(made.made[0]).toMatchObject({
      venueName: world.venue.name,
      court: 1,
      status: "PENDING",
      otherUnitName: world.owner.name,
      version: 0,
    });
    const received = await listUnitBookings(world.owner.id);
    expect(received.made).toEqual([]);
    expect(received.received[0]).toMatchObject({ otherUnitName: world.booker.name });
  });

  it("shows busy ranges of live bookings, with the unit's name for members only", async () => {
    const world = await bookingWorld();
    await book(world.bookerSecretary, world.venue.id);
    const cancelled = await book(world.bookerSecretary, world.venue.id, {
      startTime: "14:00",
      endTime: "15:00",
    });
    await db.booking.update({
      where: { id: Number(cancelled.data!.bookingId) },
      data: { status: "CANCELLED" },
    });
    const from = new Date(`${daysAhead(3)}T00:00:00+08:00`);
    const to = new Date(`${daysAhead(4)}T00:00:00+08:00`);
    const forMembers = await getVenueBusy(world.venue.id, from, to, true);
    expect(forMembers).toEqual([
      {
        court: 1,
        startsAt: new Date(`${daysAhead(3)}T10:00:00+08:00`),
        endsAt: new Date(`${daysAhead(3)}T11:00:00+08:00`),
        status: "CONFIRMED",
        unitName: world.booker.name,
      },
    ]);
    expect((await getVenueBusy(world.venue.id, from, to, false))[0]).not.toHaveProperty("unitName");
  });
});

describe("booking one's own venue", () => {
  it("is allowed and confirmed at once, without notifying the unit as its own owner", async () => {
    const world = await bookingWorld({ needsApproval: true });
    const state = await book(world.ownerSecretary, world.venue.id);
    expect(state).toMatchObject({ ok: true, data: { status: "CONFIRMED" } });
    const kinds = await db.notification.findMany({
      where: { userId: world.ownerSecretary.id },
      select: { kind: true },
    });
    expect(kinds).toEqual([{ kind: "BOOKING_CONFIRMED" }]);
  });
});
