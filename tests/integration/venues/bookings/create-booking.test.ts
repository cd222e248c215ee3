// Booking a venue: every rule refused with its own message and nothing stored; clashes, courts,
// buffers and double submits decided by the database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { isExclusionViolation } from "@/lib/venues/bookings/exclusion";
import { book, bookingWorld, daysAhead, liveBookings } from "./booking-world";

describe("createBooking rules", () => {
  const cases: [string, Record<string, unknown>, Record<string, string | number>, string][] = [
    ["inactive venue", { active: false }, {}, "venues.bookings.errors.venueInactive"],
    ["phone-only venue", { bookingMode: "PHONE_ONLY" }, {}, "venues.bookings.errors.phoneOnly"],
    [
      "outside opening hours",
      {},
      { startTime: "07:00", endTime: "08:30" },
      "venues.bookings.errors.outsideOpeningHours",
    ],
    ["too short notice", { minNoticeHours: 720 }, {}, "venues.bookings.errors.tooShortNotice"],
    ["too far ahead", { maxAdvanceDays: 2 }, {}, "venues.bookings.errors.tooFarAhead"],
    ["too long", { maxDurationMinutes: 30 }, {}, "venues.bookings.errors.tooLong"],
    ["end not after start", {}, { endTime: "09:00" }, "venues.bookings.errors.endBeforeStart"],
    ["headcount over capacity", { capacity: 5 }, {}, "venues.bookings.errors.overCapacity"],
    ["court out of range", { quantity: 2 }, { court: 3 }, "venues.bookings.errors.courtOutOfRange"],
  ];
  it.each(cases)("refuses %s and stores nothing", async (_name, venueFields, fields, key) => {
    const world = await bookingWorld(venueFields as never);
    const state = await book(world.bookerSecretary, world.venue.id, fields);
    expect(state).toMatchObject({ ok: false, message: { key } });
    expect(await db.booking.count({ where: { venueId: world.venue.id } })).toBe(0);
  });

  it("names the phone number of a phone-only venue", async () => {
    const world = await bookingWorld({ bookingMode: "PHONE_ONLY", contactPhone: "0511-88886666" });
    const state = await book(world.bookerSecretary, world.venue.id);
    expect(state.message).toEqual({
      key: "venues.bookings.errors.phoneOnly",
      values: { phone: "0511-88886666" },
    });
  });

  it("refuses a closed date and a weekday without opening hours", async () => {
    const world = await bookingWorld();
    await db.venueClosedDate.create({
      data: { venueId: world.venue.id, date: new Date(`${daysAhead(3)}T00:00:00Z`) },
    });
    expect((await book(world.bookerSecretary, world.venue.id)).message?.key).toBe(
      "venues.bookings.errors.closedDate",
    );
    const weekday = new Date(`${daysAhead(4)}T00:00:00Z`).getUTCDay() || 7;
    await db.venueOpeningHours.delete({ where: { venueId_weekday: { venueId: world.venue.id, weekday } } });
    const state = await book(world.bookerSecretary, world.venue.id, { date: daysAhead(4) });
    expect(state.message?.key).toBe("venues.bookings.errors.outsideOpeningHours");
    expect(await db.booking.count({ where: { venueId: world.venue.id } })).toBe(0);
  });

  it("refuses over the monthly quota (pending and confirmed count, cancelled not)", async () => {
    const world = await bookingWorld({ monthlyQuota: 1 });
    const date = daysAhead(3);
    expect((await book(world.bookerSecretary, world.venue.id, { date })).ok).toBe(true);
    const state = await book(world.bookerSecretary, world.venue.id, {
      date,
      startTime: "14:00",
      endTime: "15:00",
    });
    expect(state.message?.key).toBe("venues.bookings.errors.overQuota");
    expect(await db.booking.count({ where: { venueId: world.venue.id } })).toBe(1);
  });

  it("refuses admins by policy (they book for no unit)", async () => {
    const world = await bookingWorld();
    const { createAdmin } = await import("@/tests/factories");
    const state = await book(await createAdmin(), world.venue.id);
    expect(state.message?.key).toBe("core.errors.forbidden");
  });
});

describe("createBooking success", () => {
  it("stores UTC times and the buffer, confirms by policy, notifies both sides and audits", async () => {
    const world = await bookingWorld({ bufferMinutes: 15 });
    const date = daysAhead(3);
    const state = await book(world.bookerSecretary, world.venue.id, { date, court: 1 });
    expect(state).toMatchObject({
      ok: true,
      message: { key: "venues.bookings.messages.confirmed" },
      data: { status: "CONFIRMED" },
    });
    const booking = await db.booking.findUniqueOrThrow({ where: { id: Number(state.data!.bookingId) } });
    expect(booking.startsAt).toEqual(new Date(`${date}T10:00:00+08:00`));
    expect(booking.endsAt).toEqual(new Date(`${date}T11:00:00+08:00`));
    expect(booking.blockedUntil).toEqual(new Date(`${date}T11:15:00+08:00`));
    expect(booking).toMatchObject({
      unitId: world.booker.id,
      bookedById: world.bookerSecretary.id,
      status: "CONFIRMED",
    });
    expect(await db.notification.findFirst({ where: { userId: world.ownerSecretary.id } })).toMatchObject({
      kind: "BOOKING_REQUESTED",
      values: { title: world.venue.name, date: `${date} 10:00–11:00`, unit: world.booker.name },
    });
    expect(await db.notification.findFirst({ where: { userId: world.bookerSecretary.id } })).toMatchObject({
      kind: "BOOKING_CONFIRMED",
    });
    expect(
      await db.auditLog.count({ where: { action: "booking.create", entityId: String(booking.id) } }),
    ).toBe(1);
  });

  it("leaves a booking PENDING when the venue needs approval", async () => {
    const world = await bookingWorld({ needsApproval: true });
    const state = await book(world.bookerSecretary, world.venue.id);
    expect(state).toMatchObject({
      ok: true,
      data: { status: "PENDING" },
      message: { key: "venues.bookings.messages.requested" },
    });
  });

  it("allows back-to-back bookings but enforces the buffer", async () => {
    const world = await bookingWorld();
    expect((await book(world.bookerSecretary, world.venue.id)).ok).toBe(true);
    expect(
      (await book(world.bookerSecretary, world.venue.id, { startTime: "11:00", endTime: "12:00" })).ok,
    ).toBe(true);
    const buffered = await bookingWorld({ bufferMinutes: 30 });
    expect((await book(buffered.bookerSecretary, buffered.venue.id)).ok).toBe(true);
    const tooSoon = await book(buffered.bookerSecretary, buffered.venue.id, {
      startTime: "11:15",
      endTime: "12:00",
    });
    expect(tooSoon).toMatchObject({
      ok: false,
      message: { key: "venues.bookings.errors.clash", values: { start: "10:00", end: "11:00" } },
    });
    expect(
      (await book(buffered.bookerSecretary, buffered.venue.id, { startTime: "11:30", endTime: "12:00" })).ok,
    ).toBe(true);
  });

  it("answers a clash with the clashing time and the nearest free slots, storing nothing", async () => {
    const world = await bookingWorld();
    await book(world.bookerSecretary, world.venue.id);
    const state = await book(world.bookerSecretary, world.venue.id, { startTime: "10:30", endTime: "11:30" });
    expect(state).toMatchObject({
      ok: false,
      message: { key: "venues.bookings.errors.clash", values: { start: "10:00", end: "11:00" } },
    });
    expect(state.fieldErrors?.startTime?.[0]?.key).toBe("venues.bookings.errors.clash");
    const suggestions = JSON.parse(String(state.data!.suggestions)) as {
      start: string;
      end: string;
      court: number;
    }[];
    expect(suggestions.length).toBeGreaterThan(0);
    const date = daysAhead(3);
    expect(suggestions).toContainEqual({
      start: new Date(`${date}T11:00:00+08:00`).toISOString(),
      end: new Date(`${date}T12:00:00+08:00`).toISOString(),
      court: 1,
    });
    expect(await liveBookings(world.venue.id)).toHaveLength(1);
  });

  it("'any court' picks the first free court", async () => {
    const world = await bookingWorld({ quantity: 3 });
    await book(world.bookerSecretary, world.venue.id, { court: 1 });
    const state = await book(world.bookerSecretary, world.venue.id, { court: "any" });
    expect(state.ok).toBe(true);
    expect((await db.booking.findUniqueOrThrow({ where: { id: Number(state.data!.bookingId) } })).court).toBe(
      2,
    );
  });

  it("creates one booking for a double submit with the same request key", async () => {
    const world = await bookingWorld();
    const fields = { requestKey: "double-submit-key-1" };
    const [first, second] = await Promise.all([
      book(world.bookerSecretary, world.venue.id, fields),
      book(world.bookerSecretary, world.venue.id, fields),
    ]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true, data: { bookingId: first.data!.bookingId } });
    const again = await book(world.bookerSecretary, world.venue.id, fields);
    expect(again).toMatchObject({ ok: true, data: { bookingId: first.data!.bookingId } });
    expect(await db.booking.count({ where: { venueId: world.venue.id } })).toBe(1);
  });
});

describe("isExclusionViolation", () => {
  it("recognises the error Prisma raises for the real constraint, and nothing else", async () => {
    const world = await bookingWorld();
    await book(world.bookerSecretary, world.venue.id);
    const existing = (await liveBookings(world.venue.id))[0]!;
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = existing;
    const error = await db.booking
      .create({ data: { ...copy, requestKey: "another-key-123" } })
      .catch((e: unknown) => e);
    expect(isExclusionViolation(error)).toBe(true);
    const raw = await db.$executeRaw`
      INSERT INTO "Booking" ("venueId", court, "unitId", "bookedById", "startsAt", "endsAt", "blockedUntil", purpose, headcount, status, "requestKey", "updatedAt")
      VALUES (${copy.venueId}, 1, ${copy.unitId}, ${copy.bookedById}, ${copy.startsAt}, ${copy.endsAt}, ${copy.blockedUntil}, 'x', 1, 'PENDING'::"BookingStatus", 'raw-key-1234', now())`.catch(
      (e: unknown) => e,
    );
    expect(isExclusionViolation(raw)).toBe(true);
    const unique = await db.booking
      .create({ data: { ...copy, status: "CANCELLED" } })
      .catch((e: unknown) => e);
    expect(isExclusionViolation(unique)).toBe(false);
    expect(isExclusionViolation(new Error("boom"))).toBe(false);
  });
});
