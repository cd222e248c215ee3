import { describe, expect, it } from "vitest";
import { beijingMonthStart, beijingYearMonth } from "@/lib/core/time/beijing";
import { daysUntilMonth, dueReminderMonths, monthKey, nextMonth, reminderDue } from "./due";

const hour = 3_600_000;
const day = 24 * hour;

describe("beijingMonthStart", () => {
  it("is the 1st at 00:00 Beijing time, i.e. 16:00 UTC the day before", () => {
    expect(beijingMonthStart(2027, 3).toISOString()).toBe("2027-02-28T16:00:00.000Z");
    expect(beijingMonthStart(2028, 3).toISOString()).toBe("2028-02-29T16:00:00.000Z"); // leap year
    expect(beijingMonthStart(2027, 1).toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });
});

describe("beijingYearMonth and nextMonth", () => {
  it("reads the month in Beijing, not UTC", () => {
    // 2026-12-31 16:30 UTC is already 1 January 2027 in Beijing.
    expect(beijingYearMonth(new Date("2026-12-31T16:30:00Z"))).toEqual({ year: 2027, month: 1 });
    expect(beijingYearMonth(new Date("2026-12-31T15:59:59Z"))).toEqual({ year: 2026, month: 12 });
  });

  it("rolls December over to January of the next year", () => {
    expect(nextMonth({ year: 2026, month: 12 })).toEqual({ year: 2027, month: 1 });
    expect(nextMonth({ year: 2026, month: 4 })).toEqual({ year: 2026, month: 5 });
  });
});

describe("daysUntilMonth", () => {
  const start = beijingMonthStart(2027, 3).getTime();
  it("counts whole days up, and is 0 or less once the month has started", () => {
    expect(daysUntilMonth(2027, 3, new Date(start - 14 * day))).toBe(14);
    expect(daysUntilMonth(2027, 3, new Date(start - 13 * day - hour))).toBe(14);
    expect(daysUntilMonth(2027, 3, new Date(start - 1))).toBe(1);
    expect(daysUntilMonth(2027, 3, new Date(start))).toBe(0);
    expect(daysUntilMonth(2027, 3, new Date(start + day))).toBe(-1);
  });
});

describe("reminderDue", () => {
  const start = beijingMonthStart(2027, 3).getTime();
  const at = (msBefore: number) => reminderDue(2027, 3, new Date(start - msBefore));

  it("sends nothing more than 14 days ahead", () => {
    expect(at(14 * day + 1)).toBeNull();
    expect(at(30 * day)).toBeNull();
  });

  it("sends the 14-day reminder from exactly 14 days until just over 3 days before", () => {
    expect(at(14 * day)).toEqual({ kind: "DAYS_14", daysLeft: 14 });
    expect(at(10 * day)).toEqual({ kind: "DAYS_14", daysLeft: 10 });
    expect(at(3 * day + 1)).toEqual({ kind: "DAYS_14", daysLeft: 4 });
  });

  it("sends the 3-day reminder from exactly 3 days until the month starts", () => {
    expect(at(3 * day)).toEqual({ kind: "DAYS_3", daysLeft: 3 });
    expect(at(2 * day + hour)).toEqual({ kind: "DAYS_3", daysLeft: 3 });
    expect(at(1)).toEqual({ kind: "DAYS_3", daysLeft: 1 });
  });

  it("sends nothing once the month has started (Beijing 00:00 on the 1st)", () => {
    expect(at(0)).toBeNull();
    expect(at(-hour)).toBeNull();
  });
});

describe("dueReminderMonths", () => {
  it("is empty early in a month", () => {
    expect(dueReminderMonths(new Date("2027-02-05T02:00:00Z"))).toEqual([]);
  });

  it("names next month with the 14-day reminder two weeks before", () => {
    // 2027-02-15 00:00 Beijing: March starts in 14 days.
    expect(dueReminderMonths(new Date("2027-02-14T16:00:00Z"))).toEqual([
      { year: 2027, month: 3, kind: "DAYS_14", daysLeft: 14 },
    ]);
  });

  it("crosses from December into January of the next year", () => {
    expect(dueReminderMonths(new Date("2026-12-20T04:00:00Z"))).toEqual([
      { year: 2027, month: 1, kind: "DAYS_14", daysLeft: 12 },
    ]);
    expect(dueReminderMonths(new Date("2026-12-30T04:00:00Z"))).toEqual([
      { year: 2027, month: 1, kind: "DAYS_3", daysLeft: 2 },
    ]);
  });

  it("looks past January once January has started in Beijing (while it is still 31 Dec in UTC)", () => {
    expect(dueReminderMonths(new Date("2026-12-31T16:00:00Z"))).toEqual([]);
  });

  it("handles February's short month: March is due 14 days before 1 March", () => {
    expect(dueReminderMonths(new Date("2027-02-14T15:59:59Z"))).toEqual([]);
  });
});

describe("monthKey", () => {
  it("pads the month", () => {
    expect(monthKey(2027, 3)).toBe("2027-03");
    expect(monthKey(2027, 12)).toBe("2027-12");
  });
});
