import { describe, expect, it } from "vitest";
import { beijingYearWindow, dateYearWindow, offeredYears, parseYear, publicYears } from "./year-window";

describe("year windows", () => {
  it("starts and ends a year at Beijing midnight (16:00 UTC the day before)", () => {
    expect(beijingYearWindow(2025)).toEqual({
      gte: new Date("2024-12-31T16:00:00Z"),
      lt: new Date("2025-12-31T16:00:00Z"),
    });
  });

  it("bounds @db.Date columns by UTC midnights", () => {
    expect(dateYearWindow(2025)).toEqual({
      gte: new Date("2025-01-01T00:00:00Z"),
      lt: new Date("2026-01-01T00:00:00Z"),
    });
  });
});

describe("parseYear", () => {
  it("takes four digits in range, the first of repeated values", () => {
    expect(parseYear("2025")).toBe(2025);
    expect(parseYear(["2024", "2025"])).toBe(2024);
  });

  it("refuses anything else", () => {
    for (const value of [undefined, null, "", "25", "20250", "1999", "2101", "2025a", " 2025"]) {
      expect(parseYear(value), String(value)).toBeNull();
    }
  });
});

describe("offeredYears", () => {
  it("adds the year when missing and keeps newest first without repeats", () => {
    expect(offeredYears([2025, 2023], 2026)).toEqual([2026, 2025, 2023]);
    expect(offeredYears([2026, 2025], 2026)).toEqual([2026, 2025]);
    expect(offeredYears([], 2026)).toEqual([2026]);
  });
});

describe("publicYears", () => {
  it("offers visitors this year and earlier ones only", () => {
    expect(publicYears([2027, 2025, 2023], 2026)).toEqual([2026, 2025, 2023]);
  });
});
