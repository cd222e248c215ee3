import { describe, expect, it } from "vitest";
import { bookingFilterQuery, bookingListWhere, parseBookingFilter } from "./booking-filter";

const now = new Date("2026-05-10T04:00:00Z");

describe("the admin booking list's filter", () => {
  it("reads year, venue, status, used and waiting, and writes them back in one order", () => {
    const filter = parseBookingFilter({
      waiting: "1",
      venue: "7",
      year: "2026",
      status: "PENDING",
      used: "1",
    });
    expect(filter).toEqual({ year: 2026, venue: 7, status: "PENDING", used: true, waiting: true });
    expect(bookingFilterQuery(filter)).toBe("?year=2026&venue=7&status=PENDING&used=1&waiting=1");
    expect(bookingFilterQuery({})).toBe("");
  });

  it("ignores malformed values", () => {
    expect(
      parseBookingFilter({ year: "26", venue: "0", status: "DONE", used: "yes", waiting: ["1"] }),
    ).toEqual({});
    expect(parseBookingFilter({ year: "1999", venue: "-3" })).toEqual({});
  });

  it("shows the bookings made (pending or confirmed) unless a status is asked for", () => {
    expect(bookingListWhere({}, now)).toEqual({ AND: [{ status: { in: ["PENDING", "CONFIRMED"] } }] });
    expect(bookingListWhere({ status: "CANCELLED" }, now)).toEqual({ AND: [{ status: "CANCELLED" }] });
  });

  it("takes the year in Beijing time and waiting as pending for more than 48 hours, not begun", () => {
    const where = bookingListWhere({ year: 2026, waiting: true }, now);
    expect(where).toEqual({
      AND: [
        { startsAt: { gte: new Date("2025-12-31T16:00:00Z"), lt: new Date("2026-12-31T16:00:00Z") } },
        { status: "PENDING", createdAt: { lte: new Date("2026-05-08T04:00:00Z") }, startsAt: { gt: now } },
      ],
    });
  });
});
