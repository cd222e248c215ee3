import { describe, expect, it } from "vitest";
import { defaultWeights, evaluateSchedule, type RotationInput } from ".";

const input: RotationInput = {
  dutyMonths: [1, 3, 4],
  units: [
    {
      unitId: 20,
      category: "国企平台",
      times: 1,
      preferences: [4, 3, 1],
      blackouts: [],
      lastYearMonths: [4],
    },
    {
      unitId: 10,
      category: "国企平台",
      times: 2,
      preferences: [3, 3, 9],
      blackouts: [1],
      lastYearMonths: [],
    },
    { unitId: 30, category: "金融机构", times: 1, preferences: [], blackouts: [], lastYearMonths: [1] },
    {
      unitId: 40,
      category: "国企平台",
      times: 1,
      preferences: [1, 3, 4, 9],
      blackouts: [],
      lastYearMonths: [],
    },
  ],
  pairs: [
    [30, 20],
    [20, 30],
    [10, 40],
  ],
};

describe("evaluateSchedule", () => {
  it("documents the default weights", () => {
    expect(defaultWeights).toEqual({
      preferenceRank: [0, 2, 4],
      unpreferred: 6,
      repeatLastYear: 3,
      sameCategoryPair: 1,
      pairSplit: 5,
    });
  });

  it("breaks the cost down by unit, category and pair", () => {
    const { cost, violations } = evaluateSchedule(input, [
      { unitId: 40, month: 3 },
      { unitId: 10, month: 4 },
      { unitId: 20, month: 4 },
      { unitId: 10, month: 3 },
      { unitId: 30, month: 1 },
    ]);
    expect(violations).toEqual([]);
    expect(cost).toEqual({
      // 10: month 3 rank 0 (0) + month 4 unlisted (6); 20: rank 0 (0) + repeat (3);
      // 30: no preferences (0) + repeat (3); 40: month 3 rank 1 (2).
      total: 8 + 6 + 2 + 5,
      preference: 8,
      repeatLastYear: 6,
      sameCategory: 2,
      pairSplit: 5,
      units: [
        { unitId: 10, months: [3, 4], preferenceRanks: [0, null], preferenceCost: 6, repeatCost: 0 },
        { unitId: 20, months: [4], preferenceRanks: [0], preferenceCost: 0, repeatCost: 3 },
        { unitId: 30, months: [1], preferenceRanks: [null], preferenceCost: 0, repeatCost: 3 },
        { unitId: 40, months: [3], preferenceRanks: [1], preferenceCost: 2, repeatCost: 0 },
      ],
      splitPairs: [[20, 30]],
      bunched: [
        { month: 3, category: "国企平台", count: 2 },
        { month: 4, category: "国企平台", count: 2 },
      ],
    });
  });

  it("charges a rank beyond the weights as unpreferred, with custom weights", () => {
    const { cost } = evaluateSchedule(
      { ...input, weights: { preferenceRank: [1], unpreferred: 9, pairSplit: 0 } },
      [{ unitId: 40, month: 4 }],
    );
    expect(cost.units.find((unit) => unit.unitId === 40)).toMatchObject({
      preferenceRanks: [2],
      preferenceCost: 9,
    });
    expect(cost.pairSplit).toBe(0);
  });

  it("reports every broken rule of a hand-edited schedule, and still its cost", () => {
    const { cost, violations } = evaluateSchedule(input, [
      { unitId: 10, month: 1 },
      { unitId: 10, month: 1 },
      { unitId: 20, month: 2 },
      { unitId: 30, month: 4 },
      { unitId: 40, month: 4 },
      { unitId: 99, month: 3 },
    ]);
    expect(violations).toEqual([
      { kind: "unknownUnit", unitId: 99 },
      { kind: "duplicateMonth", unitId: 10, month: 1 },
      { kind: "blackout", unitId: 10, month: 1 },
      { kind: "wrongTimes", unitId: 10, expected: 2, actual: 1 },
      { kind: "noDutyMonth", unitId: 20, month: 2 },
      { kind: "unbalanced", month: 3, load: 0, min: 1, max: 2 },
    ]);
    expect(cost.units.map((unit) => unit.months)).toEqual([[1], [2], [4], [4]]);
  });
});
