// Volunteers, service hours and measurable results of a year, added up from "contributions":
// one per activity held and one per service-site visit logged by hand (queries.ts reads them and
// explains what counts). Pure, so that the whole year, one unit, or every unit at once come from
// the same rows. Hours and result values are carried in whole hundredths so that 0.1 + 0.2 is 0.3.

/** A unit's part in a contribution: the people it sent, or null when only its presence is known. */
export type UnitPart = { unitId: number; people: number | null };

export type Contribution = {
  /** "activity": an activity of the list that was held; "visit": a hand-logged service-site visit. */
  kind: "activity" | "visit";
  month: number;
  volunteers: number;
  /** Hours in hundredths. */
  hours: number;
  /** Values in hundredths. */
  results: ReadonlyArray<{ label: string; unit: string; value: number }>;
  /** Units in ascending id order (shares are handed out in that order). */
  units: readonly UnitPart[];
  /** The lead unit of an activity: it took part even when it entered no people of its own. */
  leadUnitId: number | null;
};

export type ResultTotal = { label: string; unit: string; value: number };
export type MonthTotals = { month: number; held: number; volunteers: number; hours: number };
export type ServiceTotals = {
  volunteers: number;
  hours: number;
  results: ResultTotal[];
  byMonth: MonthTotals[];
  /** Activities held (visits are not activities). */
  held: number;
  /** Distinct units taking part (all units), or 1/0 for one unit. */
  units: number;
};

/**
 * `total` split in proportion to `weights` in whole numbers that add up to `total` exactly
 * (largest remainder; ties go to the earlier weight). All-zero weights get nothing.
 */
export function shares(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (sum <= 0 || total === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((acc, value) => acc + value, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index]! += 1;
    left -= 1;
  }
  return floors;
}

/** One unit's share of a contribution, or null when the unit took no part in it. */
export function unitShare(contribution: Contribution, unitId: number) {
  const index = contribution.units.findIndex((part) => part.unitId === unitId);
  // A unit whose people were corrected down to none did not take part, unless it led.
  if (index < 0 || contribution.units[index]!.people === 0) {
    return contribution.leadUnitId === unitId ? { volunteers: 0, hours: 0 } : null;
  }
  const known = contribution.units.every((part) => part.people !== null);
  // People sent are the unit's volunteers; hours go in proportion to them. A visit names its
  // units without their people: volunteers and hours are split evenly.
  const weights = contribution.units.map((part) => (known ? part.people! : 1));
  const volunteers = known
    ? contribution.units[index]!.people!
    : shares(contribution.volunteers, weights)[index]!;
  return { volunteers, hours: shares(contribution.hours, weights)[index]! };
}

function tookPart(part: UnitPart): boolean {
  return part.people === null || part.people > 0;
}

/**
 * The totals of the contributions, for everyone (no unitId) or for one unit: its volunteers
 * and share of hours, and the whole results of what it took part in (a tree planted together
 * is not split).
 */
export function sumServiceTotals(contributions: readonly Contribution[], unitId?: number): ServiceTotals {
  const byMonth = Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    held: 0,
    volunteers: 0,
    hours: 0,
  }));
  const results = new Map<string, ResultTotal>();
  const units = new Set<number>();
  let volunteers = 0;
  let hours = 0;
  let held = 0;
  let touched = 0;
  for (const contribution of contributions) {
    const share =
      unitId === undefined
        ? { volunteers: contribution.volunteers, hours: contribution.hours }
        : unitShare(contribution, unitId);
    if (share === null) continue;
    touched += 1;
    const month = byMonth[contribution.month - 1]!;
    volunteers += share.volunteers;
    hours += share.hours;
    month.volunteers += share.volunteers;
    month.hours += share.hours;
    if (contribution.kind === "activity") {
      held += 1;
      month.held += 1;
    }
    for (const part of contribution.units) if (tookPart(part)) units.add(part.unitId);
    if (contribution.leadUnitId !== null) units.add(contribution.leadUnitId);
    for (const row of contribution.results) {
      const label = row.label.trim();
      const unit = row.unit.trim();
      const key = JSON.stringify([label, unit]);
      const total = results.get(key) ?? { label, unit, value: 0 };
      total.value += row.value;
      results.set(key, total);
    }
  }
  return {
    volunteers,
    hours: hours / 100,
    results: [...results.values()].map((total) => ({ ...total, value: total.value / 100 })),
    byMonth: byMonth.map((month) => ({ ...month, hours: month.hours / 100 })),
    held,
    units: unitId === undefined ? units.size : Math.min(touched, 1),
  };
}

/** Every unit's totals at once (the per-unit table): one pass over the same contributions. */
export function sumServiceTotalsByUnit(contributions: readonly Contribution[]): Map<number, ServiceTotals> {
  const unitIds = new Set<number>();
  for (const contribution of contributions) {
    for (const part of contribution.units) unitIds.add(part.unitId);
    if (contribution.leadUnitId !== null) unitIds.add(contribution.leadUnitId);
  }
  return new Map([...unitIds].map((unitId) => [unitId, sumServiceTotals(contributions, unitId)]));
}
