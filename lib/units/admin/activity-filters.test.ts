import { describe, expect, it } from "vitest";
import { formatQuarter, parseQuarter, quarterRange } from "./activity-filters";

describe("quarters of the unit list's idle filter", () => {
  it("reads and writes <year>-Q<n>", () => {
    expect(parseQuarter("2026-Q2")).toEqual({ year: 2026, quarter: 2 });
    expect(formatQuarter({ year: 2026, quarter: 4 })).toBe("2026-Q4");
    for (const bad of [undefined, "", "2026-Q0", "2026-Q5", "26-Q1", "1999-Q1", "2026-Q1x"])
      expect(parseQuarter(bad)).toBeNull();
  });

  it("spans three months in calendar days and in Beijing instants", () => {
    const q4 = quarterRange({ year: 2025, quarter: 4 });
    expect(q4.months).toEqual([10, 11, 12]);
    expect(q4.fromDay.toISOString()).toBe("2025-10-01T00:00:00.000Z");
    expect(q4.toDay.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    // Midnight in Beijing is 16:00 UTC the day before.
    expect(q4.start.toISOString()).toBe("2025-09-30T16:00:00.000Z");
    expect(q4.end.toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });
});
