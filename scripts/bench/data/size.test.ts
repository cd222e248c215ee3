import { describe, expect, it } from "vitest";
import { dataSetSize, expectedRows, pastFate } from "./size";

describe("bench data-set size", () => {
  it("adds units to the demo's 30 and covers two past years and the current one", () => {
    const size = dataSetSize(300, 2026);
    expect(size).toMatchObject({ units: 300, addedUnits: 270, years: [2024, 2025, 2026] });
    expect(size.itemsPerPastYear).toBe(600);
    expect(size.currentClaimed).toBe(270);
    expect(dataSetSize(30, 2026)).toMatchObject({ addedUnits: 0, currentClaimed: 0, currentOpen: 30 });
  });

  it("refuses fewer units than the demo data has, or a fraction", () => {
    expect(() => dataSetSize(29, 2026)).toThrow(/at least/);
    expect(() => dataSetSize(30.5, 2026)).toThrow();
  });

  it("claims 9 in 10 past items and reports 6 in 10", () => {
    const fates = Array.from({ length: 10 }, (_, i) => pastFate(i));
    expect(fates.filter((f) => f === "unclaimed")).toHaveLength(1);
    expect(fates.filter((f) => f === "cancelled")).toHaveLength(1);
    expect(fates.filter((f) => f === "reported")).toHaveLength(6);
    expect(fates.filter((f) => f === "done")).toHaveLength(2);
  });

  it("grows every table roughly tenfold from 30 to 300 units", () => {
    const small = expectedRows(dataSetSize(30, 2026), 10);
    const large = expectedRows(dataSetSize(300, 2026), 10);
    expect(small).toEqual({
      units: 0,
      activities: 150,
      participations: 96 * 4,
      reports: 72,
      meetings: 15,
      invitations: 450,
      bookings: 1200,
    });
    expect(large.activities).toBe(2 * 600 + 270 + 300);
    expect(large.invitations).toBe(14 * 3 * 300);
    expect(large.participations / small.participations).toBeGreaterThan(9);
  });
});
