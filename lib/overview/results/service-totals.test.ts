import { describe, expect, it } from "vitest";
import { shares, sumServiceTotals, sumServiceTotalsByUnit, type Contribution } from "./service-totals";

const report: Contribution = {
  kind: "activity",
  month: 3,
  volunteers: 100,
  hours: 30000, // 300 h
  results: [{ label: "树木种植", unit: "棵", value: 20000 }],
  units: [
    { unitId: 1, people: 60 },
    { unitId: 2, people: 40 },
    { unitId: 3, people: 0 },
  ],
  leadUnitId: 1,
};
const visit: Contribution = {
  kind: "visit",
  month: 4,
  volunteers: 7,
  hours: 1001, // 10.01 h
  results: [
    { label: " 树木种植 ", unit: "棵", value: 5050 },
    { label: "养护", unit: "次", value: 100 },
  ],
  units: [
    { unitId: 2, people: null },
    { unitId: 4, people: null },
  ],
  leadUnitId: null,
};

describe("shares", () => {
  it("splits a whole into whole parts that add up to it exactly", () => {
    expect(shares(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(shares(7, [2, 1])).toEqual([5, 2]);
    expect(shares(5, [0, 0])).toEqual([0, 0]);
  });
});

describe("sumServiceTotals", () => {
  it("adds the year's volunteers, hours and results by label and unit, month by month", () => {
    const totals = sumServiceTotals([report, visit]);
    expect(totals.volunteers).toBe(107);
    expect(totals.hours).toBe(310.01);
    expect(totals.results).toEqual([
      { label: "树木种植", unit: "棵", value: 250.5 },
      { label: "养护", unit: "次", value: 1 },
    ]);
    expect(totals.byMonth).toHaveLength(12);
    expect(totals.byMonth[2]).toEqual({ month: 3, held: 1, volunteers: 100, hours: 300 });
    expect(totals.byMonth[3]).toEqual({ month: 4, held: 0, volunteers: 7, hours: 10.01 });
    expect(totals.held).toBe(1);
    // Unit 3 was corrected down to nobody: it did not take part.
    expect(totals.units).toBe(3);
  });

  it("gives a unit its people, its share of hours by people and the whole results", () => {
    const unit2 = sumServiceTotals([report, visit], 2);
    expect(unit2.volunteers).toBe(40 + 4);
    expect(unit2.hours).toBe(120 + 5.01);
    expect(unit2.held).toBe(1);
    expect(unit2.results[0]).toEqual({ label: "树木种植", unit: "棵", value: 250.5 });
    expect(sumServiceTotals([report, visit], 3)).toMatchObject({ volunteers: 0, held: 0, units: 0 });
  });

  it("counts a lead that entered no people of its own as taking part", () => {
    const led = { ...report, units: [{ unitId: 2, people: 10 }], leadUnitId: 9 };
    expect(sumServiceTotals([led], 9)).toMatchObject({ volunteers: 0, hours: 0, held: 1, units: 1 });
  });

  it("splits shared visits so that units' shares add up to the visit", () => {
    const byUnit = sumServiceTotalsByUnit([visit]);
    const all = [...byUnit.values()];
    expect(all.reduce((sum, totals) => sum + totals.volunteers, 0)).toBe(7);
    expect(all.reduce((sum, totals) => sum + totals.hours * 100, 0)).toBeCloseTo(1001);
  });
});
