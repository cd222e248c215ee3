// The booking page's day view reads: which bookings hold a Beijing day, buffers included.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { getDayBusy } from "@/lib/venues/bookings/queries";
import { buildDayView } from "@/lib/venues/bookings/day-slots";
import { loadVenue } from "@/lib/venues/bookings/load-venue";
import { book, bookingWorld, daysAhead } from "./booking-world";

const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);

describe("getDayBusy", () => {
  it("returns the day's live bookings per court with their buffer, not cancelled ones or other days", async () => {
    const world = await bookingWorld({ quantity: 2, bufferMinutes: 30 });
    const day = daysAhead(4);
    await book(world.bookerSecretary, world.venue.id, { date: day, court: 2 });
    const cancelled = await book(world.bookerSecretary, world.venue.id, {
      date: day,
      startTime: "15:00",
      endTime: "16:00",
    });
    await db.booking.update({
      where: { id: Number(cancelled.data!.bookingId) },
      data: { status: "CANCELLED" },
    });
    await book(world.bookerSecretary, world.venue.id, { date: daysAhead(5) });

    expect(await getDayBusy(world.venue.id, day)).toEqual([
      { court: 2, startsAt: at(day, "10:00"), endsAt: at(day, "11:00"), blockedUntil: at(day, "11:30") },
    ]);
  });

  it("counts a booking of the evening before whose changeover reaches past midnight", async () => {
    const world = await bookingWorld({ bufferMinutes: 60 });
    const before = daysAhead(6);
    const day = daysAhead(7);
    await db.booking.create({
      data: {
        venueId: world.venue.id,
        unitId: world.booker.id,
        bookedById: world.bookerSecretary.id,
        startsAt: at(before, "22:30"),
        endsAt: at(before, "23:30"),
        blockedUntil: at(day, "00:30"),
        purpose: "跨夜活动",
        headcount: 5,
        status: "CONFIRMED",
        requestKey: randomUUID(),
      },
    });
    const busy = await getDayBusy(world.venue.id, day);
    expect(busy).toHaveLength(1);
    // Opening at 08:00, the early buffer does not reach any slot: the whole day is free.
    const venue = await loadVenue(world.venue.id);
    const view = buildDayView({ date: day, venue, busy, now: new Date() });
    expect(view.slots.filter((slot) => slot.courts[0]!.state === "free")).toHaveLength(14);
  });
});
