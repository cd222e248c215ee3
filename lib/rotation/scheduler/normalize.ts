import type { CostWeights, Month, RotationInput } from "./types";

/**
 * The default cost weights (all non-negative integers, so the optimiser works in exact integers):
 * - preferenceRank [0, 2, 4]: the first choice is free, the second costs 2, the third 4;
 * - unpreferred 6: a month the unit did not list (or listed 4th or later) costs more than any
 *   listed rank, so meeting some preference always beats meeting none;
 * - repeatLastYear 3: serving the same month as last year is worse than a second choice but
 *   better than a month the unit did not ask for;
 * - sameCategoryPair 1: a mild push to mix sectors ("block + chain") that never outweighs a
 *   unit's own preference;
 * - pairSplit 5: splitting a requested pair costs about as much as giving one unit an unlisted
 *   month, so a pair is kept together unless that hurts other units more.
 */
export const defaultWeights: CostWeights = {
  preferenceRank: [0, 2, 4],
  unpreferred: 6,
  repeatLastYear: 3,
  sameCategoryPair: 1,
  pairSplit: 5,
};

/** One unit as the scheduler sees it: lists deduplicated, times a non-negative integer. */
export type NormalUnit = {
  unitId: number;
  category: string;
  times: number;
  /** Preferred months best first, without repeats (may name months without duty). */
  preferences: Month[];
  blackouts: Set<Month>;
  lastYear: Set<Month>;
  /** Duty months the unit may serve in (not a blackout), ascending. */
  allowed: Month[];
};

export type NormalInput = {
  /** Duty months, ascending, without repeats. */
  months: Month[];
  /** Units by ascending id (the first entry wins if an id repeats). */
  units: NormalUnit[];
  /** Requested pairs [smaller id, larger id] of two distinct known units, sorted, without repeats. */
  pairs: Array<[number, number]>;
  weights: CostWeights;
  /** Total duties, and the least and most duties a duty month may have. */
  total: number;
  minLoad: number;
  maxLoad: number;
};

function toCount(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}

function uniqueInOrder(values: readonly number[]): number[] {
  return [...new Set(values)];
}

/** The weights in force: the defaults overridden by `partial`, each a non-negative integer. */
export function resolveWeights(partial: Partial<CostWeights> | undefined): CostWeights {
  const pick = (key: Exclude<keyof CostWeights, "preferenceRank">) =>
    toCount(partial?.[key] ?? defaultWeights[key]);
  return {
    preferenceRank: (partial?.preferenceRank ?? defaultWeights.preferenceRank).map(toCount),
    unpreferred: pick("unpreferred"),
    repeatLastYear: pick("repeatLastYear"),
    sameCategoryPair: pick("sameCategoryPair"),
    pairSplit: pick("pairSplit"),
  };
}

/**
 * The canonical form of an input. Everything downstream (cost, rules, optimiser) reads this,
 * so the order of units, pairs and list entries in the input never changes the result.
 */
export function normalizeInput(input: RotationInput): NormalInput {
  const months = uniqueInOrder(input.dutyMonths).sort((a, b) => a - b);
  const seen = new Set<number>();
  const units: NormalUnit[] = [];
  for (const unit of input.units) {
    if (seen.has(unit.unitId)) continue;
    seen.add(unit.unitId);
    const blackouts = new Set(unit.blackouts);
    units.push({
      unitId: unit.unitId,
      category: unit.category,
      times: toCount(unit.times),
      preferences: uniqueInOrder(unit.preferences),
      blackouts,
      lastYear: new Set(unit.lastYearMonths),
      allowed: months.filter((month) => !blackouts.has(month)),
    });
  }
  units.sort((a, b) => a.unitId - b.unitId);

  const pairKeys = new Set<string>();
  const pairs: Array<[number, number]> = [];
  for (const [first, second] of input.pairs) {
    if (first === second || !seen.has(first) || !seen.has(second)) continue;
    const pair: [number, number] = first < second ? [first, second] : [second, first];
    const key = pair.join(":");
    if (pairKeys.has(key)) continue;
    pairKeys.add(key);
    pairs.push(pair);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const total = units.reduce((sum, unit) => sum + unit.times, 0);
  const count = months.length;
  return {
    months,
    units,
    pairs,
    weights: resolveWeights(input.weights),
    total,
    minLoad: count === 0 ? 0 : Math.floor(total / count),
    maxLoad: count === 0 ? 0 : Math.ceil(total / count),
  };
}

/** What one duty of `unit` in `month` costs for its preferences (0 when it listed none). */
export function preferenceCostOf(unit: NormalUnit, month: Month, weights: CostWeights): number {
  if (unit.preferences.length === 0) return 0;
  const rank = unit.preferences.indexOf(month);
  if (rank < 0) return weights.unpreferred;
  return weights.preferenceRank[rank] ?? weights.unpreferred;
}

/** The rank of `month` among the unit's preferences (0 = first), or null when not listed. */
export function preferenceRankOf(unit: NormalUnit, month: Month): number | null {
  const rank = unit.preferences.indexOf(month);
  return rank < 0 ? null : rank;
}

/** What one duty of `unit` in `month` costs for repeating last year. */
export function repeatCostOf(unit: NormalUnit, month: Month, weights: CostWeights): number {
  return unit.lastYear.has(month) ? weights.repeatLastYear : 0;
}
