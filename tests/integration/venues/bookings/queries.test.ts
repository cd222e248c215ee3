// /my/bookings lists and a venue's busy times; booking one's own venue.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { BOOKINGS_PAGE_SIZE, getVenueBusy, listUnitBookings } from "@/lib/venues/bookings/queries";
import { book, bookingWorld, daysAhead } from "./booking-world";

describe("booking queries", () => {
  it("lists made and received bookings, upcoming first, naming the other unit", async () => {
    const world = await bookingWorld({ needsApproval: true });
    await book(world.bookerSecretary, world.venue.id, { date: daysAhead(5) });
    await book(world.bookerSecretary, world.venue.id, { date: daysAhead(2) });
    const made = await listUnitBookings(world.booker.id);
    expect(made.received.rows).toEqual([]);
    expect(made.made.rows.map((row) => row.startsAt.toISOString())).toEqual([
      new Date(`${daysAhead(2)}T10:00:00+08:00`).toISOString(),
      new Date(`${daysAhead(5)}T10:00:00+08:00`).toISOString(),
    ]);
    expect(made.made.rows[0]).toMatchObject({
      venueName: world.venue.name,
      court: 1,
      status: "PENDING",
      otherUnitName: world.owner.name,
      version: 0,
    });
    const received = await listUnitBookings(world.owner.id);
    expect(received.made.rows).toEqual([]);
    expect(received.received.rows[0]).toMatchObject({ otherUnitName: world.booker.name });
  });

  it("pages a long history: upcoming soonest first, then past latest first, each side on its own", async () => {
    const world = await bookingWorld();
    const hour = 3_600_000;
    const now = new Date();
    const size = BOOKINGS_PAGE_SIZE;
    // A page and a half of upcoming bookings (in 1, 2, … days) and 3 past ones (1..3 days ago),
    // made directly: the action's rules (notice, advance limit) are not what this is about.
    const upcomingDays = Array.from({ length: size + size / 2 }, (_, i) => i + 1);
    const at = (days: number) => new Date(now.getTime() + days * 24 * hour);
    await db.booking.createMany({
      data: [...upcomingDays, -1, -2, -3].map((days, i) => ({
        venueId: world.venue.id,
        unitId: world.booker.id,
        bookedById: world.bookerSecretary.id,
        startsAt: at(days),
        endsAt: new Date(at(days).getTime() + hour),
        blockedUntil: new Date(at(days).getTime() + hour),
        purpose: `第 ${days} 天`,
        headcount: 5,
        status: "CONFIRMED" as const,
        requestKey: `paging-${i}`,
      })),
    });
    const purposes = (rows: { purpose: string }[]) => rows.map((row) => row.purpose);
    const day = (days: number) => `第 ${days} 天`;
    const first = await listUnitBookings(world.booker.id, {}, now);
    expect(first.made).toMatchObject({ page: 1, pageCount: 2 });
    expect(purposes(first.made.rows)).toEqual(upcomingDays.slice(0, size).map(day));
    const second = await listUnitBookings(world.booker.id, { made: 2 }, now);
    expect(purposes(second.made.rows)).toEqual([...upcomingDays.slice(size), -1, -2, -3].map(day));
    // The owner has them all as received, on its own pages; a page past the last is the last.
    const owner = await listUnitBookings(world.owner.id, { made: 5, received: 9 }, now);
    expect(owner.made).toMatchObject({ rows: [], page: 1, pageCount: 1 });
    expect(owner.received).toMatchObject({ page: 2, pageCount: 2 });
    expect(purposes(owner.received.rows)).toEqual(purposes(second.made.rows));
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
