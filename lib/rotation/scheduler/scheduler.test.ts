import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluateSchedule,
  scheduleRotation,
  scheduleRotationWithStatus,
  type RotationInput,
  type ScheduleResult,
} from ".";
import { rotationInputArb, shuffledInput } from "./testing/arbitraries";
import { bruteForceOptimum } from "./testing/brute-force";
import { checkReason } from "./testing/check-reasons";

const small = rotationInputArb({
  maxUnits: 7,
  minMonths: 0,
  maxMonths: 4,
  monthPool: 5,
  maxBlackouts: 3,
  times: fc.integer({ min: 0, max: 2 }),
  maxPairs: 3,
  categories: ["A", "B", "C"],
});

// Blackouts all fall on month 1, so units crowd into the other months: many years cannot
// keep the load rule, which tests the overload and underfill reasons.
const crowded = rotationInputArb({
  maxUnits: 7,
  minMonths: 3,
  maxMonths: 4,
  monthPool: 4,
  maxBlackouts: 2,
  blackoutPool: 1,
  times: fc.constantFrom(1, 1, 2),
  maxPairs: 3,
  categories: ["A", "B", "C"],
});

const large = rotationInputArb({
  maxUnits: 200,
  minMonths: 1,
  maxMonths: 12,
  monthPool: 12,
  maxBlackouts: 4,
  times: fc.constantFrom(0, 1, 1, 1, 1, 2, 3),
  maxPairs: 8,
  categories: ["垂管机关", "国企平台", "金融机构", "两新组织", "新兴领域"],
});

/** The result keeps every hard rule and reports its own cost, or every reason is a real proof. */
function expectSound(input: RotationInput, result: ScheduleResult) {
  if (result.ok) {
    const evaluation = evaluateSchedule(input, result.assignments);
    expect(evaluation.violations).toEqual([]);
    expect(evaluation.cost).toEqual(result.cost);
  } else {
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const reason of result.reasons) expect(checkReason(input, reason)).toBeNull();
  }
}

describe("scheduleRotation on small random years (brute force comparison)", () => {
  const expectOptimal = (input: RotationInput) => {
    const result = scheduleRotation(input);
    expectSound(input, result);
    const brute = bruteForceOptimum(input);
    expect(result.ok).toBe(brute.feasible);
    if (result.ok && brute.feasible) expect(result.cost.total).toBe(brute.cost);
  };

  it("is feasible exactly when some schedule keeps the rules, and then optimal", () => {
    fc.assert(fc.property(small, expectOptimal), { numRuns: 500 });
    fc.assert(
      fc.property(small, (input) => {
        expect(scheduleRotationWithStatus(input).proven).toBe(true);
      }),
    );
  });

  it("also when units crowd into few months (overloaded and underfilled years)", () => {
    fc.assert(fc.property(crowded, expectOptimal), { numRuns: 300 });
  });

  it("gives the same schedule for the same input in any order", () => {
    fc.assert(
      fc.property(small, fc.integer(), (input, seed) => {
        const result = scheduleRotation(input);
        expect(scheduleRotation(structuredClone(input))).toEqual(result);
        expect(scheduleRotation(shuffledInput(input, seed))).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });
});

describe("scheduleRotation on large random years (up to 200 units)", () => {
  it("keeps every hard rule or proves infeasibility", () => {
    fc.assert(
      fc.property(large, (input) => expectSound(input, scheduleRotation(input))),
      { numRuns: 30 },
    );
  });

  it("is deterministic, also with units and pairs shuffled", () => {
    fc.assert(
      fc.property(large, fc.integer(), (input, seed) => {
        const result = scheduleRotation(input);
        const again = scheduleRotation(shuffledInput(input, seed));
        expect(again).toEqual(result);
      }),
      { numRuns: 15 },
    );
  });

  it("still keeps every rule, deterministically, when many pairs exhaust the search budget", () => {
    const units = Array.from({ length: 200 }, (_, index) => ({
      unitId: index + 1,
      category: `c${index % 5}`,
      times: 1,
      preferences: [((index * 7) % 12) + 1, ((index * 5) % 12) + 1],
      blackouts: [((index * 3) % 12) + 1],
      lastYearMonths: [],
    }));
    const pairs = Array.from({ length: 40 }, (_, index): [number, number] => [index * 5 + 1, index * 5 + 3]);
    const crowdedPairs: RotationInput = {
      dutyMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      units,
      pairs,
    };
    const { result, proven } = scheduleRotationWithStatus(crowdedPairs);
    expect(proven).toBe(false);
    expectSound(crowdedPairs, result);
    expect(result.ok).toBe(true);
    expect(scheduleRotation(crowdedPairs)).toEqual(result);
  });
});
