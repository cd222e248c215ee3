import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/core/time/beijing";
import { buildWeekCalendar, markClosedDays, parseWeekStart, weekBounds } from "./week-calendar";

describe("parseWeekStart", () => {
  it("snaps a date to its Monday", () => {
    expect(parseWeekStart("2026-12-02")).toBe("2026-11-30");
    expect(parseWeekStart("2026-12-06")).toBe("2026-11-30");
    expect(parseWeekStart("2026-11-30")).toBe("2026-11-30");
  });
  it("falls back to the current Beijing week for invalid input", () => {
    const now = new Date("2026-12-06T17:00:00Z"); // Monday 01:00 in Beijing
    expect(parseWeekStart(undefined, now)).toBe("2026-12-07");
    expect(parseWeekStart("2026-02-30", now)).toBe("2026-12-07");
    expect(parseWeekStart("nonsense", now)).toBe("2026-12-07");
  });
});

describe("weekBounds and addDays", () => {
  it("bounds the week in Beijing time", () => {
    expect(weekBounds("2026-11-30")).toEqual({
      from: new Date("2026-11-29T16:00:00Z"),
      to: new Date("2026-12-06T16:00:00Z"),
    });
    expect(addDays("2026-11-30", -7)).toBe("2026-11-23");
  });
});

describe("buildWeekCalendar", () => {
  it("places bookings on their Beijing day, sorted by court and time", () => {
    const days = buildWeekCalendar("2026-11-30", [
      {
        court: 2,
        startsAt: new Date("2026-12-01T02:00:00Z"),
        endsAt: new Date("2026-12-01T03:30:00Z"),
        label: "B",
      },
      {
        court: 1,
        startsAt: new Date("2026-12-01T06:00:00Z"),
        endsAt: new Date("2026-12-01T07:00:00Z"),
        label: "A",
      },
    ]);
    expect(days).toHaveLength(7);
    expect(days[0]!.ranges).toEqual([]);
    expect(days[1]).toEqual({
      date: "2026-12-01",
      weekday: 2,
      ranges: [
        { court: 1, from: "14:00", to: "15:00", label: "A" },
        { court: 2, from: "10:00", to: "11:30", label: "B" },
      ],
    });
  });
  it("splits a booking across midnight", () => {
    const days = buildWeekCalendar("2026-11-30", [
      {
        court: 1,
        startsAt: new Date("2026-11-30T15:00:00Z"),
        endsAt: new Date("2026-11-30T17:00:00Z"),
        label: "X",
      },
    ]);
    expect(days[0]!.ranges).toEqual([{ court: 1, from: "23:00", to: "24:00", label: "X" }]);
    expect(days[1]!.ranges).toEqual([{ court: 1, from: "00:00", to: "01:00", label: "X" }]);
  });
});

describe("markClosedDays", () => {
  it("closes the weekdays without opening hours and the closed dates, and nothing else", () => {
    const days = buildWeekCalendar("2030-12-02", []);
    const marked = markClosedDays(days, [1, 2, 3, 4, 5], ["2030-12-04"]);
    expect(marked.map((day) => [day.date, day.closed])).toEqual([
      ["2030-12-02", false],
      ["2030-12-03", false],
      ["2030-12-04", true],
      ["2030-12-05", false],
      ["2030-12-06", false],
      ["2030-12-07", true],
      ["2030-12-08", true],
    ]);
  });
});
