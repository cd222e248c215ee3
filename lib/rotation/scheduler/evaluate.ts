import {
  normalizeInput,
  preferenceCostOf,
  preferenceRankOf,
  repeatCostOf,
  type NormalInput,
} from "./normalize";
import type { Assignment, CostBreakdown, Month, RotationInput, UnitCost, Violation } from "./types";

export type Evaluation = { cost: CostBreakdown; violations: Violation[] };

/**
 * THE definition of a schedule's cost and of the hard rules; the optimiser minimises exactly
 * this cost, and the admin pages show it for generated and hand-edited schedules alike.
 *
 * Hard rules (each break is a Violation):
 * - every assignment names a unit of the input (`unknownUnit`), at most once per month
 *   (`duplicateMonth`);
 * - each unit serves in exactly `times` distinct months (`wrongTimes`);
 * - never in one of its blackout months (`blackout`) nor in a month without duty (`noDutyMonth`);
 * - with T = Σ times and M duty months, every duty month has ⌊T/M⌋ or ⌈T/M⌉ duties (`unbalanced`).
 *
 * Cost (weights: the defaults overridden by `input.weights`), summed over each unit's distinct
 * duty months, whether or not the schedule keeps the rules:
 * - preference: a unit that listed no preferences pays 0; otherwise a duty in its k-th listed
 *   month (0-based, repeats ignored) pays preferenceRank[k], or `unpreferred` when k is beyond
 *   that list or the month is not listed;
 * - repeatLastYear: per duty in a month the unit also served last year;
 * - sameCategory: sameCategoryPair × n(n−1)/2 for each month and category with n units on duty;
 * - pairSplit: per requested pair of two units that both serve (times ≥ 1) but share no month.
 * total = preference + repeatLastYear + sameCategory + pairSplit. Units are listed by id, months
 * ascending, split pairs as [smaller id, larger id] ascending, bunched by month then category.
 */
export function evaluateSchedule(input: RotationInput, assignments: Assignment[]): Evaluation {
  return evaluateNormal(normalizeInput(input), assignments);
}

/** Month sets per known unit, with the rule breaks found while collecting them. */
function collectMonths(input: NormalInput, assignments: Assignment[]) {
  const byUnit = new Map<number, Set<Month>>(input.units.map((unit) => [unit.unitId, new Set()]));
  const unknown = new Set<number>();
  const duplicates = new Map<number, Set<Month>>();
  for (const { unitId, month } of assignments) {
    const months = byUnit.get(unitId);
    if (!months) unknown.add(unitId);
    else if (months.has(month)) duplicates.set(unitId, (duplicates.get(unitId) ?? new Set()).add(month));
    else months.add(month);
  }
  return { byUnit, unknown, duplicates };
}

function ascending(values: Iterable<number>): number[] {
  return [...values].sort((a, b) => a - b);
}

function findViolations(input: NormalInput, collected: ReturnType<typeof collectMonths>): Violation[] {
  const violations: Violation[] = ascending(collected.unknown).map((unitId) => ({
    kind: "unknownUnit",
    unitId,
  }));
  const duty = new Set(input.months);
  const loads = new Map<Month, number>(input.months.map((month) => [month, 0]));
  for (const unit of input.units) {
    const months = ascending(collected.byUnit.get(unit.unitId) ?? []);
    for (const month of ascending(collected.duplicates.get(unit.unitId) ?? []))
      violations.push({ kind: "duplicateMonth", unitId: unit.unitId, month });
    for (const month of months) {
      if (!duty.has(month)) violations.push({ kind: "noDutyMonth", unitId: unit.unitId, month });
      else loads.set(month, (loads.get(month) ?? 0) + 1);
      if (unit.blackouts.has(month)) violations.push({ kind: "blackout", unitId: unit.unitId, month });
    }
    if (months.length !== unit.times)
      violations.push({
        kind: "wrongTimes",
        unitId: unit.unitId,
        expected: unit.times,
        actual: months.length,
      });
  }
  for (const month of input.months) {
    const load = loads.get(month) ?? 0;
    if (load < input.minLoad || load > input.maxLoad)
      violations.push({ kind: "unbalanced", month, load, min: input.minLoad, max: input.maxLoad });
  }
  return violations;
}

function computeCost(input: NormalInput, byUnit: Map<number, Set<Month>>): CostBreakdown {
  const { weights } = input;
  const units: UnitCost[] = [];
  const categoryCounts = new Map<Month, Map<string, number>>();
  for (const unit of input.units) {
    const months = ascending(byUnit.get(unit.unitId) ?? []);
    let preferenceCost = 0;
    let repeatCost = 0;
    for (const month of months) {
      preferenceCost += preferenceCostOf(unit, month, weights);
      repeatCost += repeatCostOf(unit, month, weights);
      const counts = categoryCounts.get(month) ?? new Map<string, number>();
      counts.set(unit.category, (counts.get(unit.category) ?? 0) + 1);
      categoryCounts.set(month, counts);
    }
    const preferenceRanks = months.map((month) => preferenceRankOf(unit, month));
    units.push({ unitId: unit.unitId, months, preferenceRanks, preferenceCost, repeatCost });
  }

  const bunched: CostBreakdown["bunched"] = [];
  let sameCategory = 0;
  for (const month of ascending(categoryCounts.keys())) {
    const counts = categoryCounts.get(month) ?? new Map<string, number>();
    for (const category of [...counts.keys()].sort()) {
      const count = counts.get(category) ?? 0;
      if (count < 2) continue;
      bunched.push({ month, category, count });
      sameCategory += (weights.sameCategoryPair * count * (count - 1)) / 2;
    }
  }

  const times = new Map(input.units.map((unit) => [unit.unitId, unit.times]));
  const splitPairs = input.pairs.filter(([first, second]) => {
    if ((times.get(first) ?? 0) < 1 || (times.get(second) ?? 0) < 1) return false;
    const other = byUnit.get(second) ?? new Set<Month>();
    return ![...(byUnit.get(first) ?? [])].some((month) => other.has(month));
  });

  const preference = units.reduce((sum, unit) => sum + unit.preferenceCost, 0);
  const repeatLastYear = units.reduce((sum, unit) => sum + unit.repeatCost, 0);
  const pairSplit = splitPairs.length * weights.pairSplit;
  return {
    total: preference + repeatLastYear + sameCategory + pairSplit,
    preference,
    repeatLastYear,
    sameCategory,
    pairSplit,
    units,
    splitPairs: splitPairs.map(([first, second]) => [first, second]),
    bunched,
  };
}

/** evaluateSchedule on an already normalised input (the optimiser's own check). */
export function evaluateNormal(input: NormalInput, assignments: Assignment[]): Evaluation {
  const collected = collectMonths(input, assignments);
  return { cost: computeCost(input, collected.byUnit), violations: findViolations(input, collected) };
}
