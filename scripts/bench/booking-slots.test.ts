import { describe, expect, it } from "vitest";
import { bookingSlots, type SlotVenue } from "./booking-slots";

const venue = (id: number, overrides: Partial<SlotVenue> = {}): SlotVenue => ({
  id,
  minNoticeHours: 24,
  maxAdvanceDays: 4,
  // Open Monday–Friday 09:30–12:00 only.
  openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 9 * 60 + 30, closesAt: 12 * 60 })),
  ...overrides,
});

describe("booking slots", () => {
  it("keeps to the opening hours, the notice and the advance limit", () => {
    // 2026-12-02 is a Wednesday: notice 24 h → from Friday the 4th; limit 4 days → up to the 5th (closed).
    expect(bookingSlots([venue(1)], "2026-12-02", 100)).toEqual([
      { venueId: 1, date: "2026-12-04", startTime: "10:00", endTime: "11:00" },
      { venueId: 1, date: "2026-12-04", startTime: "11:00", endTime: "12:00" },
    ]);
  });

  it("takes slots round-robin over the venues, up to the limit", () => {
    const slots = bookingSlots(
      [venue(1, { maxAdvanceDays: 10 }), venue(2, { maxAdvanceDays: 10 })],
      "2026-12-02",
      5,
    );
    expect(slots.map((s) => s.venueId)).toEqual([1, 2, 1, 2, 1]);
    expect(new Set(slots.map((s) => `${s.venueId} ${s.date} ${s.startTime}`)).size).toBe(5);
  });

  it("gives nothing for a venue without opening hours", () => {
    expect(bookingSlots([venue(1, { openingHours: [] })], "2026-12-02", 10)).toEqual([]);
  });
});
