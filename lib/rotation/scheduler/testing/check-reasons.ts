// Test support: each infeasibility reason is a certificate; recheck it from the raw input, so a
// reported reason proves that no schedule exists (every condition here is necessary).
import type { Infeasibility, Month, RotationInput } from "../types";

function facts(input: RotationInput) {
  const months = [...new Set(input.dutyMonths)];
  const seen = new Set<number>();
  const units = input.units
    .filter((unit) => !seen.has(unit.unitId) && seen.add(unit.unitId))
    .map((unit) => ({
      unitId: unit.unitId,
      times: Math.max(0, unit.times),
      allowed: months.filter((month) => !unit.blackouts.includes(month)).sort((a, b) => a - b),
    }));
  const total = units.reduce((sum, unit) => sum + unit.times, 0);
  return {
    months,
    units,
    total,
    low: Math.floor(total / months.length),
    high: Math.ceil(total / months.length),
  };
}

/** A failure message when `reason` does not prove infeasibility, else null. */
export function checkReason(input: RotationInput, reason: Infeasibility): string | null {
  const { months, units, total, low, high } = facts(input);
  const inSet = (set: Month[]) => new Set(set);
  switch (reason.kind) {
    case "noDutyMonths":
      return months.length === 0 && total > 0 ? null : "noDutyMonths but months or no duties";
    case "tooManyTimes": {
      const unit = units.find((candidate) => candidate.unitId === reason.unitId);
      if (!unit || unit.times !== reason.times) return "tooManyTimes names a wrong unit";
      if (JSON.stringify(unit.allowed) !== JSON.stringify(reason.available)) return "wrong available months";
      return unit.times > unit.allowed.length ? null : "unit can serve its times";
    }
    case "monthsOverloaded": {
      const set = inSet(reason.months);
      const forced = units
        .map((unit) => ({ unit, count: unit.times - unit.allowed.filter((month) => !set.has(month)).length }))
        .filter(({ count }) => count > 0);
      const demand = forced.reduce((sum, { count }) => sum + count, 0);
      if (demand !== reason.demand || reason.capacity !== high * reason.months.length) return "wrong figures";
      if (
        JSON.stringify(forced.map(({ unit }) => unit.unitId).sort((a, b) => a - b)) !==
        JSON.stringify([...reason.unitIds].sort((a, b) => a - b))
      )
        return "wrong units";
      return demand > reason.capacity ? null : "months can absorb the demand";
    }
    case "monthsUnderfilled": {
      const set = inSet(reason.months);
      const possible = units.reduce(
        (sum, unit) => sum + Math.min(unit.times, unit.allowed.filter((month) => set.has(month)).length),
        0,
      );
      if (possible !== reason.possible || reason.needed !== low * reason.months.length)
        return "wrong figures";
      return possible < reason.needed ? null : "months can be filled";
    }
  }
}
