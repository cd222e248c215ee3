// Never double-booked under load: the exclusion constraint decides, and races end cleanly.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { initialFormState } from "@/lib/core/forms/form-state";
import { cancelBooking, decideBooking } from "@/lib/venues/bookings/actions";
import { decideBooking as decideMutation } from "@/lib/venues/bookings/decide-booking";
import { cancelBooking as cancelMutation } from "@/lib/venues/bookings/cancel-booking";
import { createSecretary, createUnit } from "@/tests/factories";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { book, bookingWorld, liveBookings } from "./booking-world";

describe("concurrent bookings", () => {
  it("50 units booking one slot at once: exactly one booking, 49 clash refusals, no overlaps", async () => {
    const world = await bookingWorld({ quantity: 1 });
    const secretaries = await Promise.all(
      Array.from({ length: 50 }, async () => createSecretary((await createUnit()).id)),
    );
    // actAs sets a global: each call reads it synchronously before its first await.
    const states = await Promise.all(secretaries.map((secretary) => book(secretary, world.venue.id)));
    expect(states.filter((state) => state.ok)).toHaveLength(1);
    const refused = states.filter((state) => !state.ok);
    expect(refused).toHaveLength(49);
    for (const state of refused) {
      expect(state.message).toMatchObject({
        key: "venues.bookings.errors.clash",
        values: { start: "10:00", end: "11:00" },
      });
    }
    expect(await liveBookings(world.venue.id)).toHaveLength(1);
    const overlaps = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "Booking" a JOIN "Booking" b
        ON a."venueId" = b."venueId" AND a.court = b.court AND a.id < b.id
       AND tstzrange(a."startsAt", a."blockedUntil", '[)') && tstzrange(b."startsAt", b."blockedUntil", '[)')
      WHERE a."venueId" = ${world.venue.id}
        AND a.status IN ('PENDING', 'CONFIRMED') AND b.status IN ('PENDING', 'CONFIRMED')`;
    expect(Number(overlaps[0]!.count)).toBe(0);
  }, 60_000);
});

describe("approval racing cancellation", () => {
  it("exactly one of confirm and cancel on the same version wins; the other is told it changed", async () => {
    const world = await bookingWorld({ needsApproval: true });
    const created = await book(world.bookerSecretary, world.venue.id);
    const bookingId = Number(created.data!.bookingId);
    const owner = {
      id: world.ownerSecretary.id,
      name: "",
      role: "SECRETARY" as const,
      unitId: world.owner.id,
      mustChangePassword: false,
    };
    const booker = { ...owner, id: world.bookerSecretary.id, unitId: world.booker.id };
    const results = await Promise.allSettled([
      decideMutation(owner, { bookingId, version: 0, decision: "CONFIRM", reason: "" }),
      cancelMutation(booker, { bookingId, version: 0, reason: "" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ key: "venues.bookings.errors.changed" });
    const after = await db.booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(after.version).toBe(1);
    expect(["CONFIRMED", "CANCELLED"]).toContain(after.status);
  });

  it("through the actions: both answer a form state, one ok and one 'changed'", async () => {
    const world = await bookingWorld({ needsApproval: true });
    const created = await book(world.bookerSecretary, world.venue.id);
    const bookingId = Number(created.data!.bookingId);
    actAs(world.ownerSecretary);
    const decide = decideBooking(initialFormState, formData({ bookingId, version: 0, decision: "CONFIRM" }));
    actAs(world.bookerSecretary);
    const cancel = cancelBooking(initialFormState, formData({ bookingId, version: 0 }));
    const states = await Promise.all([decide, cancel]);
    expect(states.filter((state) => state.ok)).toHaveLength(1);
    expect(states.find((state) => !state.ok)?.message?.key).toBe("venues.bookings.errors.changed");
  });
});
