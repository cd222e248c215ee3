import { describe, expect, it } from "vitest";
import {
  fillFromSuggestion,
  formatMinutes,
  orderBookings,
  parseConflicts,
  parseSuggestions,
} from "./booking-ui";

describe("booking screens", () => {
  it("formats minutes after midnight", () => {
    expect(formatMinutes(480)).toBe("08:00");
    expect(formatMinutes(22 * 60 + 5)).toBe("22:05");
  });

  it("fills the form from a suggested slot in Beijing time", () => {
    expect(
      fillFromSuggestion({ start: "2026-12-01T16:30:00.000Z", end: "2026-12-01T17:30:00.000Z", court: 2 }),
    ).toEqual({ date: "2026-12-02", startTime: "00:30", endTime: "01:30", court: "2" });
    expect(
      fillFromSuggestion({ start: "2026-12-01T02:00:00Z", end: "2026-12-01T03:00:00Z", court: 0 }).court,
    ).toBe("any");
  });

  it("drops malformed suggestions and conflicts", () => {
    expect(parseSuggestions("not json")).toEqual([]);
    expect(parseSuggestions(undefined)).toEqual([]);
    expect(
      parseSuggestions(
        JSON.stringify([
          { start: "x", end: "y", court: 1 },
          { start: "2026-12-01T02:00:00Z", end: "2026-12-01T03:00:00Z", court: 1 },
        ]),
      ),
    ).toHaveLength(1);
    expect(parseConflicts(JSON.stringify(["2026-12-01", 3]))).toEqual(["2026-12-01"]);
    expect(parseConflicts("{")).toEqual([]);
  });

  it("lists upcoming bookings first, soonest first, then past ones latest first", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    const at = (iso: string, id: number) => ({
      id,
      startsAt: new Date(iso),
      endsAt: new Date(Date.parse(iso) + 3_600_000),
    });
    const { upcoming, past } = orderBookings(
      [
        at("2026-12-03T00:00:00Z", 1),
        at("2026-11-20T00:00:00Z", 2),
        at("2026-12-02T00:00:00Z", 3),
        at("2026-11-25T00:00:00Z", 4),
      ],
      now,
    );
    expect(upcoming.map((b) => b.id)).toEqual([3, 1]);
    expect(past.map((b) => b.id)).toEqual([4, 2]);
  });
});
