import type { MessageDescriptor } from "@/lib/core/forms/form-state";
import type { Infeasibility, Violation } from "@/lib/rotation/scheduler";

// Turns the scheduler's reasons and a hand-edited draft's violations into catalog messages
// ("rotation.infeasible.*", "rotation.violations.*") with unit names and months filled in.

type Names = ReadonlyMap<number, string>;

/** At most this many unit names are listed in one message; the rest are counted. */
const maxNames = 8;

export function monthList(months: readonly number[]): string {
  return months.length === 0 ? "—" : [...months].sort((a, b) => a - b).join(", ");
}

export function unitList(unitIds: readonly number[], names: Names): string {
  const shown = unitIds.slice(0, maxNames).map((id) => names.get(id) ?? `#${id}`);
  const more = unitIds.length - shown.length;
  return more > 0 ? `${shown.join(", ")} (+${more})` : shown.join(", ");
}

function nameOf(unitId: number, names: Names): string {
  return names.get(unitId) ?? `#${unitId}`;
}

export function describeInfeasibility(reason: Infeasibility, names: Names): MessageDescriptor {
  switch (reason.kind) {
    case "noDutyMonths":
      return { key: "rotation.admin.infeasible.noDutyMonths" };
    case "tooManyTimes":
      return {
        key: "rotation.admin.infeasible.tooManyTimes",
        values: {
          unit: nameOf(reason.unitId, names),
          times: reason.times,
          count: reason.available.length,
          months: monthList(reason.available),
        },
      };
    case "monthsOverloaded":
      return {
        key: "rotation.admin.infeasible.monthsOverloaded",
        values: {
          months: monthList(reason.months),
          units: unitList(reason.unitIds, names),
          capacity: reason.capacity,
          demand: reason.demand,
        },
      };
    case "monthsUnderfilled":
      return {
        key: "rotation.admin.infeasible.monthsUnderfilled",
        values: {
          months: monthList(reason.months),
          units: unitList(reason.unitIds, names),
          needed: reason.needed,
          possible: reason.possible,
        },
      };
  }
}

export function describeViolation(violation: Violation, names: Names): MessageDescriptor {
  switch (violation.kind) {
    case "wrongTimes":
      return {
        key: "rotation.admin.violations.wrongTimes",
        values: {
          unit: nameOf(violation.unitId, names),
          expected: violation.expected,
          actual: violation.actual,
        },
      };
    case "blackout":
    case "noDutyMonth":
    case "duplicateMonth":
      return {
        key: `rotation.admin.violations.${violation.kind}`,
        values: { unit: nameOf(violation.unitId, names), month: violation.month },
      };
    case "unbalanced":
      return {
        key: "rotation.admin.violations.unbalanced",
        values: { month: violation.month, load: violation.load, min: violation.min, max: violation.max },
      };
    case "unknownUnit":
      return {
        key: "rotation.admin.violations.unknownUnit",
        values: { unit: nameOf(violation.unitId, names) },
      };
  }
}
