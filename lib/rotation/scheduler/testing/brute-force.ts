// Test support: the optimum by enumerating every schedule, written straight from the issue's
// rules without the scheduler's own code, so the two can check each other.
import type { CostWeights, Month, RotationInput } from "../types";

const fallbackWeights: CostWeights = {
  preferenceRank: [0, 2, 4],
  unpreferred: 6,
  repeatLastYear: 3,
  sameCategoryPair: 1,
  pairSplit: 5,
};

export type BruteForceResult = { feasible: false } | { feasible: true; cost: number };

function subsetsOfSize(items: Month[], size: number): Month[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...tail] = items as [Month, ...Month[]];
  return [...subsetsOfSize(tail, size - 1).map((rest) => [head, ...rest]), ...subsetsOfSize(tail, size)];
}

/** Enumerates all schedules that keep the hard rules; exponential, for tiny inputs only. */
export function bruteForceOptimum(input: RotationInput, baseWeights = fallbackWeights): BruteForceResult {
  const weights = { ...baseWeights, ...input.weights };
  const months = [...new Set(input.dutyMonths)].sort((a, b) => a - b);
  const seen = new Set<number>();
  const units = input.units.filter((unit) => !seen.has(unit.unitId) && seen.add(unit.unitId));
  const total = units.reduce((sum, unit) => sum + Math.max(0, unit.times), 0);
  if (months.length === 0) return total === 0 ? { feasible: true, cost: 0 } : { feasible: false };
  const low = Math.floor(total / months.length);
  const high = Math.ceil(total / months.length);
  const options = units.map((unit) =>
    subsetsOfSize(
      months.filter((month) => !unit.blackouts.includes(month)),
      Math.max(0, unit.times),
    ),
  );

  const costOf = (chosen: Month[][]): number => {
    let cost = 0;
    const perMonthCategory = new Map<string, number>();
    units.forEach((unit, index) => {
      const prefs = [...new Set(unit.preferences)];
      for (const month of chosen[index]!) {
        if (prefs.length > 0) {
          const rank = prefs.indexOf(month);
          cost += rank < 0 ? weights.unpreferred : (weights.preferenceRank[rank] ?? weights.unpreferred);
        }
        if (unit.lastYearMonths.includes(month)) cost += weights.repeatLastYear;
        const key = `${month}|${unit.category}`;
        perMonthCategory.set(key, (perMonthCategory.get(key) ?? 0) + 1);
      }
    });
    for (const count of perMonthCategory.values())
      cost += (weights.sameCategoryPair * count * (count - 1)) / 2;
    const counted = new Set<string>();
    for (const [a, b] of input.pairs) {
      const key = [Math.min(a, b), Math.max(a, b)].join(":");
      const first = units.findIndex((unit) => unit.unitId === a);
      const second = units.findIndex((unit) => unit.unitId === b);
      if (a === b || first < 0 || second < 0 || counted.has(key)) continue;
      counted.add(key);
      if (units[first]!.times < 1 || units[second]!.times < 1) continue;
      if (!chosen[first]!.some((month) => chosen[second]!.includes(month))) cost += weights.pairSplit;
    }
    return cost;
  };

  let best = Infinity;
  const loads = new Map(months.map((month) => [month, 0]));
  const chosen: Month[][] = [];
  const visit = (index: number) => {
    if (index === units.length) {
      if ([...loads.values()].every((load) => load >= low && load <= high))
        best = Math.min(best, costOf(chosen));
      return;
    }
    for (const option of options[index]!) {
      if (option.some((month) => loads.get(month)! >= high)) continue;
      for (const month of option) loads.set(month, loads.get(month)! + 1);
      chosen.push(option);
      visit(index + 1);
      chosen.pop();
      for (const month of option) loads.set(month, loads.get(month)! - 1);
    }
  };
  visit(0);
  return best === Infinity ? { feasible: false } : { feasible: true, cost: best };
}
