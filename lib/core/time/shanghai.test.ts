import { describe, expect, it } from "vitest";
import { shanghaiYearMonth } from "./shanghai";

describe("shanghaiYearMonth", () => {
  it("uses Shanghai's calendar, which is ahead of UTC on New Year's Eve evening", () => {
    expect(shanghaiYearMonth(new Date("2025-12-31T16:30:00Z"))).toEqual({ year: 2026, month: 1 });
  });
  it("matches UTC during the Shanghai daytime", () => {
    expect(shanghaiYearMonth(new Date("2026-03-10T02:00:00Z"))).toEqual({ year: 2026, month: 3 });
  });
});
