import { describe, expect, it } from "vitest";
import {
  addDays,
  beijingDate,
  beijingMinutes,
  beijingMonthRange,
  beijingTime,
  beijingToUtc,
  isoWeekday,
} from "./beijing-time";

describe("Beijing ↔ UTC", () => {
  it("converts a Beijing wall clock to UTC (8 hours earlier, crossing the date)", () => {
    expect(beijingToUtc("2026-03-10", "07:30").toISOString()).toBe("2026-03-09T23:30:00.000Z");
    expect(beijingToUtc("2026-03-10", "24:00").toISOString()).toBe("2026-03-10T16:00:00.000Z");
  });

  it("reads date, time and minutes back in Beijing time", () => {
    const instant = new Date("2026-03-09T23:30:00Z");
    expect(beijingDate(instant)).toBe("2026-03-10");
    expect(beijingTime(instant)).toBe("07:30");
    expect(beijingMinutes(instant)).toBe(450);
  });

  it("knows ISO weekdays and adds days across months", () => {
    expect(isoWeekday("2026-03-09")).toBe(1); // Monday
    expect(isoWeekday("2026-03-15")).toBe(7); // Sunday
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
  });

  it("gives the Beijing month as UTC instants, also in December", () => {
    expect(beijingMonthRange("2026-12-31")).toEqual({
      start: new Date("2026-11-30T16:00:00Z"),
      end: new Date("2026-12-31T16:00:00Z"),
    });
  });
});
