import { describe, expect, it } from "vitest";
import { formatTimeOfDay, parseTimeOfDay } from "./opening-hours";

describe("parseTimeOfDay", () => {
  it("reads HH:mm as minutes after midnight", () => {
    expect(parseTimeOfDay("00:00")).toBe(0);
    expect(parseTimeOfDay("08:30")).toBe(510);
    expect(parseTimeOfDay("23:59")).toBe(1439);
    expect(parseTimeOfDay("24:00")).toBe(1440);
  });

  it("refuses what is not a time", () => {
    for (const bad of ["", "8:30", "24:01", "25:00", "12:60", "ab:cd", "12:3"]) {
      expect(parseTimeOfDay(bad)).toBeNull();
    }
  });
});

describe("formatTimeOfDay", () => {
  it("pads hours and minutes", () => {
    expect(formatTimeOfDay(510)).toBe("08:30");
    expect(formatTimeOfDay(1320)).toBe("22:00");
  });
});
