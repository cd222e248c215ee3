// The rules a duty-month swap must keep, as a pure function of the published schedule, the
// units' blackouts and statuses and the clock — shared by requesting, answering and approving.
import { beijingMonthStart } from "@/lib/core/time/beijing";

export type Duty = { unitId: number; month: number };

export type SwapRequest = {
  fromUnitId: number;
  fromMonth: number;
  toUnitId: number;
  toMonth: number;
};

export type SwapContext = {
  year: number;
  duties: Duty[];
  /** Blackout months per unit id (units without settings may be absent). */
  blackouts: Map<number, number[]>;
  /** Unit status per unit id ("ACTIVE", "SUSPENDED", "WITHDRAWN"). */
  unitStatus: Map<number, string>;
  now: Date;
};

/** A refusal as a catalog key of the rotationMy namespace, its values and the field to mark. */
export type SwapProblem = { key: string; values?: Record<string, string | number>; field?: string };

/** "2027-03": how notifications and messages name a duty month. */
export function formatYearMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** A month has started from its first day 00:00 Beijing time. */
export function monthHasStarted(year: number, month: number, now: Date): boolean {
  return now.getTime() >= beijingMonthStart(year, month).getTime();
}

function serves(duties: Duty[], unitId: number, month: number): boolean {
  return duties.some((duty) => duty.unitId === unitId && duty.month === month);
}

/** The first rule the swap breaks, or null when it may go ahead. */
export function checkSwap(request: SwapRequest, context: SwapContext): SwapProblem | null {
  const { fromUnitId, fromMonth, toUnitId, toMonth } = request;
  const { year, duties, now } = context;
  if (fromUnitId === toUnitId) return { key: "rotation.unit.errors.swapWithSelf", field: "target" };
  if (context.unitStatus.get(toUnitId) !== "ACTIVE") {
    return { key: "rotation.unit.errors.unitNotActive", field: "target" };
  }
  if (context.unitStatus.get(fromUnitId) !== "ACTIVE") return { key: "rotation.unit.errors.unitNotActive" };
  for (const [month, field] of [
    [fromMonth, "fromMonth"],
    [toMonth, "target"],
  ] as const) {
    if (monthHasStarted(year, month, now)) {
      return {
        key: "rotation.unit.errors.monthStarted",
        values: { month: formatYearMonth(year, month) },
        field,
      };
    }
  }
  if (!serves(duties, fromUnitId, fromMonth)) {
    return {
      key: "rotation.unit.errors.noDutyFrom",
      values: { month: formatYearMonth(year, fromMonth) },
      field: "fromMonth",
    };
  }
  if (!serves(duties, toUnitId, toMonth)) {
    return {
      key: "rotation.unit.errors.noDutyTo",
      values: { month: formatYearMonth(year, toMonth) },
      field: "target",
    };
  }
  // After the swap each unit serves the other's month: it must not already serve it…
  if (fromMonth !== toMonth && serves(duties, fromUnitId, toMonth)) {
    return {
      key: "rotation.unit.errors.requesterServesAlready",
      values: { month: formatYearMonth(year, toMonth) },
      field: "target",
    };
  }
  if (fromMonth !== toMonth && serves(duties, toUnitId, fromMonth)) {
    return {
      key: "rotation.unit.errors.otherServesAlready",
      values: { month: formatYearMonth(year, fromMonth) },
      field: "target",
    };
  }
  if (fromMonth === toMonth) return { key: "rotation.unit.errors.sameMonth", field: "target" };
  // …nor be unable to serve it.
  if ((context.blackouts.get(fromUnitId) ?? []).includes(toMonth)) {
    return {
      key: "rotation.unit.errors.requesterBlackout",
      values: { month: formatYearMonth(year, toMonth) },
      field: "target",
    };
  }
  if ((context.blackouts.get(toUnitId) ?? []).includes(fromMonth)) {
    return {
      key: "rotation.unit.errors.otherBlackout",
      values: { month: formatYearMonth(year, fromMonth) },
      field: "target",
    };
  }
  return null;
}

/** The duties after applying the swap (the caller has checked it). */
export function applySwap(duties: Duty[], request: SwapRequest): Duty[] {
  return duties.map((duty) => {
    if (duty.unitId === request.fromUnitId && duty.month === request.fromMonth) {
      return { unitId: duty.unitId, month: request.toMonth };
    }
    if (duty.unitId === request.toUnitId && duty.month === request.toMonth) {
      return { unitId: duty.unitId, month: request.fromMonth };
    }
    return duty;
  });
}
