import { describe, expect, it } from "vitest";
import { parseYearParam } from "./year";

describe("the year a commitments page shows", () => {
  it("turns over at midnight Beijing time, eight hours before UTC", () => {
    expect(parseYearParam(undefined, new Date("2026-12-31T15:59:59Z"))).toBe(2026);
    expect(parseYearParam(undefined, new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });

  it("takes a four-digit year in range and falls back to the current year otherwise", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(parseYearParam("2023", now)).toBe(2023);
    expect(parseYearParam(["2024", "2025"], now)).toBe(2024);
    for (const bad of [undefined, "", "abc", "1999", "2101", "20230", "-2023"]) {
      expect(parseYearParam(bad, now)).toBe(2026);
    }
  });
});
