import { describe, expect, it } from "vitest";
import { scheduleRotation, type RotationInput, type RotationUnitInput } from ".";

const allMonths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

function unit(unitId: number, fields: Partial<RotationUnitInput> = {}): RotationUnitInput {
  return {
    unitId,
    category: `c${unitId}`,
    times: 1,
    preferences: [],
    blackouts: [],
    lastYearMonths: [],
    ...fields,
  };
}

function year(
  dutyMonths: number[],
  units: RotationUnitInput[],
  pairs: Array<[number, number]> = [],
): RotationInput {
  return { dutyMonths, units, pairs };
}

function monthsOf(result: ReturnType<typeof scheduleRotation>, unitId: number): number[] {
  if (!result.ok) throw new Error(JSON.stringify(result.reasons));
  return result.assignments.filter((duty) => duty.unitId === unitId).map((duty) => duty.month);
}

describe("scheduleRotation examples", () => {
  it("leaves out the Spring Festival month and balances the others", () => {
    const dutyMonths = allMonths.filter((month) => month !== 2);
    const units = Array.from({ length: 22 }, (_, index) => unit(index + 1));
    units[0] = unit(1, { preferences: [2, 3] });
    const result = scheduleRotation(year(dutyMonths, units));
    if (!result.ok) throw new Error("expected a schedule");
    expect(result.assignments.some((duty) => duty.month === 2)).toBe(false);
    for (const month of dutyMonths)
      expect(result.assignments.filter((duty) => duty.month === month)).toHaveLength(2);
    expect(monthsOf(result, 1)).toEqual([3]);
    expect(result.cost.units[0]).toMatchObject({ unitId: 1, preferenceRanks: [1], preferenceCost: 2 });
  });

  it("names a unit with a blackout on every month", () => {
    const result = scheduleRotation(year(allMonths, [unit(1), unit(2, { blackouts: allMonths }), unit(3)]));
    expect(result).toEqual({
      ok: false,
      reasons: [{ kind: "tooManyTimes", unitId: 2, times: 1, available: [] }],
    });
  });

  it("names a unit asked to serve 13 times", () => {
    const result = scheduleRotation(year(allMonths, [unit(7, { times: 13 }), unit(8)]));
    expect(result).toEqual({
      ok: false,
      reasons: [{ kind: "tooManyTimes", unitId: 7, times: 13, available: allMonths }],
    });
  });

  it("names the months and units that cannot fit, and the months nobody can fill", () => {
    const units = [1, 2, 3].map((id) => unit(id, { blackouts: [3] }));
    const result = scheduleRotation(year([1, 2, 3], units));
    expect(result).toEqual({
      ok: false,
      reasons: [
        { kind: "monthsOverloaded", months: [1, 2], unitIds: [1, 2, 3], capacity: 2, demand: 3 },
        { kind: "monthsUnderfilled", months: [3], unitIds: [], needed: 1, possible: 0 },
      ],
    });
  });

  it("names the units crowded into one month", () => {
    const crowded = [1, 2, 3].map((id) => unit(id, { blackouts: [2, 3] }));
    const units = [...crowded, unit(4), unit(5), unit(6)];
    const result = scheduleRotation(year([1, 2, 3], units));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons).toContainEqual({
      kind: "monthsOverloaded",
      months: [1],
      unitIds: [1, 2, 3],
      capacity: 2,
      demand: 3,
    });
  });

  it("keeps a pair together when that is cheap", () => {
    const units = [unit(1, { preferences: [1, 2] }), unit(2, { preferences: [2, 1] }), unit(3), unit(4)];
    const result = scheduleRotation(year([1, 2], units, [[2, 1]]));
    if (!result.ok) throw new Error("expected a schedule");
    expect(monthsOf(result, 1)).toEqual(monthsOf(result, 2));
    expect(result.cost).toMatchObject({ total: 2, preference: 2, pairSplit: 0, splitPairs: [] });
  });

  it("splits a pair when keeping it together costs more than the split", () => {
    const units = [unit(1, { preferences: [1] }), unit(2, { preferences: [2] }), unit(3), unit(4)];
    const result = scheduleRotation(year([1, 2], units, [[1, 2]]));
    if (!result.ok) throw new Error("expected a schedule");
    expect(result.cost).toMatchObject({ total: 5, pairSplit: 5, splitPairs: [[1, 2]] });
  });

  it("mixes categories across months", () => {
    const units = [1, 2, 3, 4, 5, 6].map((id) =>
      unit(id, { category: ["金融机构", "国企平台", "两新组织"][id % 3]! }),
    );
    const result = scheduleRotation(year([3, 4], units));
    if (!result.ok) throw new Error("expected a schedule");
    expect(result.cost.sameCategory).toBe(0);
    expect(result.cost.bunched).toEqual([]);
  });

  it("avoids last year's month when another is as good", () => {
    const result = scheduleRotation(year([5, 6], [unit(1, { lastYearMonths: [5] }), unit(2)]));
    expect(monthsOf(result, 1)).toEqual([6]);
  });

  it("handles empty and odd inputs without crashing", () => {
    expect(scheduleRotation(year(allMonths, []))).toMatchObject({ ok: true, assignments: [] });
    expect(scheduleRotation(year([], []))).toMatchObject({ ok: true, assignments: [] });
    expect(scheduleRotation(year([], [unit(1)]))).toEqual({ ok: false, reasons: [{ kind: "noDutyMonths" }] });
    expect(scheduleRotation(year([], [unit(1, { times: 0 })]))).toMatchObject({ ok: true, assignments: [] });

    const odd = year(
      [4, 4, 3],
      [
        unit(1, { times: 0, preferences: [3] }),
        unit(2, { preferences: [2, 2, 9, 4, 4], blackouts: [3, 3] }),
        unit(3, { preferences: [12] }),
      ],
      [
        [1, 2],
        [2, 2],
        [2, 99],
        [3, 2],
        [2, 3],
      ],
    );
    const result = scheduleRotation(odd);
    expect(result).toMatchObject({
      ok: true,
      assignments: [
        { unitId: 3, month: 3 },
        { unitId: 2, month: 4 },
      ],
    });
    if (result.ok)
      expect(result.cost).toMatchObject({ preference: 4 + 6, pairSplit: 5, splitPairs: [[2, 3]] });
  });

  it("returns the same schedule for the same year", () => {
    const units = Array.from({ length: 30 }, (_, index) =>
      unit(index + 1, { category: `c${index % 4}`, preferences: [(index % 12) + 1] }),
    );
    const input = year(allMonths, units, [[1, 2]]);
    const reversed = year(allMonths, [...units].reverse(), [[2, 1]]);
    expect(scheduleRotation(input)).toEqual(scheduleRotation(input));
    expect(scheduleRotation(reversed)).toEqual(scheduleRotation(input));
  });
});
