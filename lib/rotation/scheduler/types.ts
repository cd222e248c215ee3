// The contract of the rotation scheduler (活动轮值): a pure function from a year's inputs to an
// optimal schedule, or to the reasons no schedule can keep the hard rules. Shared by the
// scheduler (lib/rotation/scheduler/*) and the admin pages that store and explain its results.

export type Month = number; // 1..12

export type RotationUnitInput = {
  unitId: number;
  /** Used to mix sectors: units of one category bunched in one month cost extra. */
  category: string;
  /** How many months the unit serves (hard rule: exactly this many, in distinct months). */
  times: number;
  /** Preferred months, best first. */
  preferences: Month[];
  /** Months the unit cannot serve (hard rule). */
  blackouts: Month[];
  /** The unit's duty months in last year's published schedule (serving in one again costs). */
  lastYearMonths: Month[];
};

export type RotationInput = {
  /** Months that need duty units, ascending; months not listed have none (hard rule). */
  dutyMonths: Month[];
  units: RotationUnitInput[];
  /** Units that want to serve together (in at least one common month), by unit id. */
  pairs: Array<[number, number]>;
  weights?: Partial<CostWeights>;
};

/** The documented cost; every term is a non-negative integer. */
export type CostWeights = {
  /** Cost of a duty in the k-th preferred month (index k, 0-based); beyond the list: `unpreferred`. */
  preferenceRank: number[];
  /** A duty in a month the unit did not list at all (only when it listed some preferences). */
  unpreferred: number;
  /** A duty in a month the unit also served last year. */
  repeatLastYear: number;
  /** For each pair of units of the same category on duty in the same month. */
  sameCategoryPair: number;
  /** For each requested pair that never serves in a common month. */
  pairSplit: number;
};

export type Assignment = { unitId: number; month: Month };

export type UnitCost = {
  unitId: number;
  months: Month[];
  /** Per duty month: the rank of that month in the unit's preferences (0 = first), or null. */
  preferenceRanks: Array<number | null>;
  preferenceCost: number;
  repeatCost: number;
};

export type CostBreakdown = {
  total: number;
  preference: number;
  repeatLastYear: number;
  sameCategory: number;
  pairSplit: number;
  units: UnitCost[];
  /** Requested pairs that were split (no common month). */
  splitPairs: Array<[number, number]>;
  /** Months with more than one unit of one category: month, category, count. */
  bunched: Array<{ month: Month; category: string; count: number }>;
};

/** Why no schedule can keep the hard rules; each names the units and months involved. */
export type Infeasibility =
  | { kind: "noDutyMonths" }
  | { kind: "tooManyTimes"; unitId: number; times: number; available: Month[] }
  | { kind: "monthsOverloaded"; months: Month[]; unitIds: number[]; capacity: number; demand: number }
  | { kind: "monthsUnderfilled"; months: Month[]; unitIds: number[]; needed: number; possible: number };

/** A hard rule a (hand-edited) schedule breaks. */
export type Violation =
  | { kind: "wrongTimes"; unitId: number; expected: number; actual: number }
  | { kind: "blackout"; unitId: number; month: Month }
  | { kind: "noDutyMonth"; unitId: number; month: Month }
  | { kind: "duplicateMonth"; unitId: number; month: Month }
  | { kind: "unbalanced"; month: Month; load: number; min: number; max: number }
  | { kind: "unknownUnit"; unitId: number };

export type ScheduleResult =
  { ok: true; assignments: Assignment[]; cost: CostBreakdown } | { ok: false; reasons: Infeasibility[] };
