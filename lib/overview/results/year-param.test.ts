import { describe, expect, it } from "vitest";
import { parseResultsYear, resultsYears } from "./year-param";

describe("parseResultsYear", () => {
  it("reads /results as this year and /results/<year> as that year", () => {
    expect(parseResultsYear([], 2026)).toBe(2026);
    expect(parseResultsYear(["2024"], 2026)).toBe(2024);
    expect(parseResultsYear(["2023"], 2026)).toBe(2023);
  });

  it("refuses years before the founding, future years and anything that is not a year", () => {
    for (const segments of [["2022"], ["2027"], ["26"], ["2026x"], ["02026"], ["2026", "x"], ["-2026"]]) {
      expect(parseResultsYear(segments, 2026)).toBeNull();
    }
  });
});

describe("resultsYears", () => {
  it("offers this year and the years with records in range, newest first, once each", () => {
    expect(resultsYears([2027, 2025, 2026, 2021, 2025], 2026)).toEqual([2026, 2025]);
  });
});
