import { describe, expect, it } from "vitest";
import { assertBookable, assertRules, occurrenceOf, type VenuePolicy } from "./booking-rules";

const venue: VenuePolicy = {
  name: "羽毛球馆",
  active: true,
  bookingMode: "BOOKABLE",
  contactPhone: "0511-1234",
  quantity: 3,
  capacity: 20,
  minNoticeHours: 24,
  maxAdvanceDays: 30,
  maxDurationMinutes: 120,
  bufferMinutes: 0,
  openingHours: [{ weekday: 2, opensAt: 8 * 60, closesAt: 22 * 60 }], // Tuesdays only
  closedDates: ["2026-03-17"],
};
const now = new Date("2026-03-01T00:00:00Z");
const ok = { headcount: 10, court: 1 as const };
const key = (fn: () => void) => {
  try {
    fn();
    return "ok";
  } catch (error) {
    return (error as { key: string }).key;
  }
};
const check = (date: string, start: string, end: string, request = ok, at = now) =>
  key(() => assertRules(venue, occurrenceOf(date, start, end), request, at));

describe("booking rules", () => {
  it("accepts a booking within every rule (a Tuesday, 2026-03-10)", () => {
    expect(check("2026-03-10", "08:00", "10:00")).toBe("ok");
  });

  it("refuses each broken rule with its own message", () => {
    expect(check("2026-03-10", "10:00", "10:00")).toBe("venues.bookings.errors.endBeforeStart");
    expect(check("2026-03-10", "10:00", "11:00", { headcount: 1, court: 4 } as never)).toBe(
      "venues.bookings.errors.courtOutOfRange",
    );
    expect(check("2026-03-10", "10:00", "11:00", { headcount: 21, court: 1 })).toBe(
      "venues.bookings.errors.overCapacity",
    );
    expect(check("2026-03-10", "10:00", "12:15")).toBe("venues.bookings.errors.tooLong");
    expect(check("2026-03-17", "10:00", "11:00")).toBe("venues.bookings.errors.closedDate");
    expect(check("2026-03-11", "10:00", "11:00")).toBe("venues.bookings.errors.outsideOpeningHours");
    expect(check("2026-03-10", "07:30", "08:30")).toBe("venues.bookings.errors.outsideOpeningHours");
    expect(check("2026-03-10", "21:00", "22:30")).toBe("venues.bookings.errors.outsideOpeningHours");
    expect(check("2026-03-10", "10:00", "11:00", ok, new Date("2026-03-09T10:00:00Z"))).toBe(
      "venues.bookings.errors.tooShortNotice",
    );
    expect(check("2026-04-07", "10:00", "11:00")).toBe("venues.bookings.errors.tooFarAhead");
  });

  it("refuses phone-only and hidden venues", () => {
    expect(key(() => assertBookable({ ...venue, bookingMode: "PHONE_ONLY" }))).toBe(
      "venues.bookings.errors.phoneOnly",
    );
    expect(key(() => assertBookable({ ...venue, active: false }))).toBe(
      "venues.bookings.errors.venueInactive",
    );
    expect(key(() => assertBookable(venue))).toBe("ok");
  });
});
