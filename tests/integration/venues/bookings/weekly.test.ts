// Weekly series: one transaction, clashing weeks refused as a list or skipped on request.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { book, bookingWorld, daysAhead } from "./booking-world";

describe("weekly bookings", () => {
  it("creates N bookings sharing a series id, a week apart", async () => {
    const world = await bookingWorld();
    const state = await book(world.bookerSecretary, world.venue.id, { weeks: 4 });
    expect(state).toMatchObject({ ok: true, data: { created: 4 } });
    const rows = await db.booking.findMany({
      where: { venueId: world.venue.id },
      orderBy: { startsAt: "asc" },
    });
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((row) => row.seriesId)).size).toBe(1);
    expect(rows[1]!.startsAt.getTime() - rows[0]!.startsAt.getTime()).toBe(7 * 86_400_000);
  });

  it("refuses the whole series listing the clashing dates, storing nothing new", async () => {
    const world = await bookingWorld();
    await book(world.bookerSecretary, world.venue.id, { date: daysAhead(10) });
    const state = await book(world.bookerSecretary, world.venue.id, { weeks: 3 });
    expect(state).toMatchObject({ ok: false, message: { key: "venues.bookings.errors.seriesConflicts" } });
    expect(JSON.parse(String(state.data!.conflicts))).toEqual([daysAhead(10)]);
    expect(await db.booking.count({ where: { venueId: world.venue.id } })).toBe(1);
  });

  it("with skipConflicts creates the other weeks and names the skipped ones", async () => {
    const world = await bookingWorld();
    await book(world.bookerSecretary, world.venue.id, { date: daysAhead(10) });
    const state = await book(world.bookerSecretary, world.venue.id, { weeks: 3, skipConflicts: "on" });
    expect(state).toMatchObject({
      ok: true,
      message: {
        key: "venues.bookings.messages.createdSkipping",
        values: { count: 2, skipped: daysAhead(10) },
      },
    });
    expect(await db.booking.count({ where: { venueId: world.venue.id } })).toBe(3);
  });

  it("refuses a series when any week breaks a rule (a closed date)", async () => {
    const world = await bookingWorld();
    await db.venueClosedDate.create({
      data: { venueId: world.venue.id, date: new Date(`${daysAhead(17)}T00:00:00Z`) },
    });
    const state = await book(world.bookerSecretary, world.venue.id, { weeks: 3, skipConflicts: "on" });
    expect(state.message).toMatchObject({
      key: "venues.bookings.errors.closedDate",
      values: { date: daysAhead(17) },
    });
    expect(await db.booking.count({ where: { venueId: world.venue.id } })).toBe(0);
  });
});
