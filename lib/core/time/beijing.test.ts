import { describe, expect, it } from "vitest";
import {
  addDays,
  beijingDate,
  beijingDayStart,
  beijingMinutes,
  beijingMonthRange,
  beijingMonthStart,
  beijingOffsetMs,
  beijingTime,
  beijingTimeZone,
  beijingToday,
  beijingToUtc,
  beijingWallClock,
  beijingYearMonth,
  dayMs,
  formatBeijingDateTime,
  formatBeijingTimestamp,
  isoWeekday,
  minuteMs,
  parseBeijingLocalInput,
  toBeijingLocalInput,
} from "./beijing";

const at = (iso: string) => new Date(iso);
const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

// A Beijing day starts at 16:00 UTC the day before: the instants either side of that line.
const lastMinute = at("2026-03-09T15:59:00Z"); // 23:59 on 9 March in Beijing
const midnight = at("2026-03-09T16:00:00Z"); // 00:00 on 10 March in Beijing
// Month and year lines.
const endOfFebruary = at("2026-02-28T15:59:59Z"); // 23:59:59 on 28 February
const firstOfMarch = at("2026-02-28T16:00:00Z"); // 00:00 on 1 March
const newYearsEve = at("2025-12-31T15:59:59Z"); // 23:59:59 on 31 December 2025
const newYear = at("2025-12-31T16:00:00Z"); // 00:00 on 1 January 2026

describe("Beijing time constants", () => {
  it("is UTC+8 all year under the IANA name Intl knows it by", () => {
    expect(beijingOffsetMs).toBe(8 * 60 * minuteMs);
    expect(dayMs).toBe(24 * 60 * minuteMs);
    expect(beijingTimeZone).toBe("Asia/Shanghai");
    for (const instant of [lastMinute, at("2026-07-01T12:00:00Z")]) {
      const intl = new Intl.DateTimeFormat("en-CA", { timeZone: beijingTimeZone }).format(instant);
      expect(beijingDate(instant)).toBe(intl);
    }
  });
});

describe("beijingYearMonth", () => {
  it("uses Beijing's calendar, which is ahead of UTC on New Year's Eve evening", () => {
    expect(beijingYearMonth(at("2025-12-31T16:30:00Z"))).toEqual({ year: 2026, month: 1 });
    expect(beijingYearMonth(newYearsEve)).toEqual({ year: 2025, month: 12 });
    expect(beijingYearMonth(newYear)).toEqual({ year: 2026, month: 1 });
  });

  it("matches UTC during the Beijing daytime and turns the month at 16:00 UTC", () => {
    expect(beijingYearMonth(at("2026-03-10T02:00:00Z"))).toEqual({ year: 2026, month: 3 });
    expect(beijingYearMonth(endOfFebruary)).toEqual({ year: 2026, month: 2 });
    expect(beijingYearMonth(firstOfMarch)).toEqual({ year: 2026, month: 3 });
  });
});

describe("beijingToday and beijingDate", () => {
  it("turn to the next day at 16:00 UTC", () => {
    expect(beijingToday(lastMinute)).toEqual(utcDay("2026-03-09"));
    expect(beijingToday(midnight)).toEqual(utcDay("2026-03-10"));
    expect(beijingDate(lastMinute)).toBe("2026-03-09");
    expect(beijingDate(midnight)).toBe("2026-03-10");
    // The units' effective dates: 16:30 UTC is already tomorrow.
    expect(beijingDate(at("2024-03-09T16:30:00Z"))).toBe("2024-03-10");
    expect(beijingDate(at("2024-03-09T15:59:00Z"))).toBe("2024-03-09");
  });

  it("cross month and year lines in Beijing, not UTC", () => {
    expect(beijingToday(endOfFebruary)).toEqual(utcDay("2026-02-28"));
    expect(beijingToday(firstOfMarch)).toEqual(utcDay("2026-03-01"));
    expect(beijingDate(newYearsEve)).toBe("2025-12-31");
    expect(beijingDate(newYear)).toBe("2026-01-01");
  });

  it("default to now", () => {
    const before = beijingDate(new Date(Date.now() - minuteMs));
    const after = beijingDate(new Date(Date.now() + minuteMs));
    expect([before, after]).toContain(beijingDate());
    expect([before, after]).toContain(beijingToday().toISOString().slice(0, 10));
  });
});

describe("beijingTime, beijingMinutes and beijingWallClock", () => {
  it("read the clock in Beijing time", () => {
    const instant = at("2026-03-09T23:30:00Z");
    expect(beijingTime(instant)).toBe("07:30");
    expect(beijingMinutes(instant)).toBe(450);
    expect(beijingTime(lastMinute)).toBe("23:59");
    expect(beijingMinutes(lastMinute)).toBe(1439);
    expect(beijingTime(midnight)).toBe("00:00");
    expect(beijingMinutes(midnight)).toBe(0);
  });

  it("give date, ISO weekday and minutes together", () => {
    expect(beijingWallClock(at("2026-12-06T16:30:00Z"))).toEqual({
      date: "2026-12-07",
      weekday: 1,
      minutes: 30,
    });
    expect(beijingWallClock(at("2026-12-06T03:00:00Z"))).toEqual({
      date: "2026-12-06",
      weekday: 7,
      minutes: 660,
    });
    expect(beijingWallClock(newYear)).toEqual({ date: "2026-01-01", weekday: 4, minutes: 0 });
  });
});

describe("formatting Beijing date-times", () => {
  it("formats an instant as Beijing wall-clock time", () => {
    expect(formatBeijingDateTime(at("2026-12-10T06:30:00Z"))).toBe("2026-12-10 14:30");
    expect(formatBeijingDateTime(newYear)).toBe("2026-01-01 00:00");
  });

  it("formats a timestamp with seconds on a 24-hour clock", () => {
    expect(formatBeijingTimestamp(at("2026-02-28T16:05:09Z"))).toBe("2026-03-01 00:05:09");
    expect(formatBeijingTimestamp(at("2026-03-01T13:00:00Z"))).toBe("2026-03-01 21:00:00");
    expect(formatBeijingTimestamp(newYearsEve)).toBe("2025-12-31 23:59:59");
  });
});

describe("datetime-local values", () => {
  it("reads a value as Beijing time and writes it back unchanged", () => {
    const date = parseBeijingLocalInput("2026-01-01T07:15");
    expect(date?.toISOString()).toBe("2025-12-31T23:15:00.000Z");
    expect(toBeijingLocalInput(date!)).toBe("2026-01-01T07:15");
    expect(toBeijingLocalInput(midnight)).toBe("2026-03-10T00:00");
  });

  it("refuses dates that do not exist and other formats", () => {
    expect(parseBeijingLocalInput("2026-02-30T10:00")).toBeNull();
    expect(parseBeijingLocalInput("2026-02-10 10:00")).toBeNull();
    expect(parseBeijingLocalInput("2026-02-10T25:00")).toBeNull();
  });
});

describe("Beijing wall clock to instants", () => {
  it("converts a Beijing wall clock to UTC (8 hours earlier, crossing the date)", () => {
    expect(beijingToUtc("2026-03-10", "07:30").toISOString()).toBe("2026-03-09T23:30:00.000Z");
    expect(beijingToUtc("2026-03-10", "24:00").toISOString()).toBe("2026-03-10T16:00:00.000Z");
    expect(beijingToUtc("2026-01-01", "00:00")).toEqual(newYear);
  });

  it("starts a Beijing day at 16:00 UTC the day before", () => {
    expect(beijingDayStart("2026-03-10")).toEqual(midnight);
    expect(beijingDayStart("2026-03-01")).toEqual(firstOfMarch);
  });

  it("starts a month on its 1st at 00:00 Beijing time, also in leap years and January", () => {
    expect(beijingMonthStart(2027, 3).toISOString()).toBe("2027-02-28T16:00:00.000Z");
    expect(beijingMonthStart(2028, 3).toISOString()).toBe("2028-02-29T16:00:00.000Z");
    expect(beijingMonthStart(2026, 1)).toEqual(newYear);
  });

  it("gives the Beijing month as UTC instants, also in December", () => {
    expect(beijingMonthRange("2026-12-31")).toEqual({
      start: at("2026-11-30T16:00:00Z"),
      end: at("2026-12-31T16:00:00Z"),
    });
    expect(beijingMonthRange("2026-02-14")).toEqual({ start: at("2026-01-31T16:00:00Z"), end: firstOfMarch });
  });
});

describe("calendar dates", () => {
  it("knows ISO weekdays", () => {
    expect(isoWeekday("2026-03-09")).toBe(1); // Monday
    expect(isoWeekday("2026-03-15")).toBe(7); // Sunday
  });

  it("adds days across months and years, and goes back", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-11-30", -7)).toBe("2026-11-23");
  });
});
