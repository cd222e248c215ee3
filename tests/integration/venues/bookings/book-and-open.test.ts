// The booking form's action moves on to the booking made instead of staying filled.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bookAndOpen } from "@/lib/venues/bookings/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { bookingWorld, daysAhead, liveBookings } from "./booking-world";

const fields = (venueId: number, extra: Record<string, string | number> = {}) =>
  formData({
    venueId,
    court: "any",
    date: daysAhead(3),
    startTime: "10:00",
    endTime: "11:00",
    purpose: "青年读书会",
    headcount: 8,
    requestKey: randomUUID(),
    ...extra,
  });

/** The redirect's target, or the state when the action answered without one. */
async function run(data: FormData) {
  try {
    return { state: await bookAndOpen(initialFormState, data), to: null };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { state: null, to: digest.split(";")[2]! };
  }
}

describe("bookAndOpen", () => {
  it("opens the new booking in /my/bookings once it is made", async () => {
    const world = await bookingWorld({ needsApproval: true });
    actAs(world.bookerSecretary);
    const { to } = await run(fields(world.venue.id));
    const [booking] = await liveBookings(world.venue.id);
    expect(booking!.status).toBe("PENDING");
    expect(to).toBe(`/my/bookings?booked=${booking!.id}#booking-${booking!.id}`);
  });

  it("names the skipped weeks of a series", async () => {
    const world = await bookingWorld();
    actAs(world.bookerSecretary);
    await run(fields(world.venue.id, { date: daysAhead(10) }));
    const { to } = await run(fields(world.venue.id, { weeks: 2, skipConflicts: "on" }));
    expect(to).toMatch(new RegExp(`^/my/bookings\\?booked=\\d+&skipped=${daysAhead(10)}#booking-\\d+$`));
  });

  it("stays on the form with the refusal when the booking is refused", async () => {
    const world = await bookingWorld();
    actAs(world.bookerSecretary);
    const { state, to } = await run(fields(world.venue.id, { startTime: "07:00" }));
    expect(to).toBeNull();
    expect(state).toMatchObject({
      ok: false,
      message: { key: "venues.bookings.errors.outsideOpeningHours" },
    });
  });
});
