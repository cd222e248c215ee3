import type { UnitStatus } from "@/lib/generated/prisma/enums";

// The unit lifecycle as data: which step leads from which status to which, and the rules for
// its effective date. Pure, so the rules are tested without a database.

export type LifecycleStep = "suspend" | "reactivate" | "withdraw";

export const lifecycleSteps: Record<LifecycleStep, { from: readonly UnitStatus[]; to: UnitStatus }> = {
  suspend: { from: ["ACTIVE"], to: "SUSPENDED" },
  reactivate: { from: ["SUSPENDED"], to: "ACTIVE" },
  // Withdrawal is final: nothing leads out of WITHDRAWN.
  withdraw: { from: ["ACTIVE", "SUSPENDED"], to: "WITHDRAWN" },
};

export function canTake(step: LifecycleStep, from: UnitStatus): boolean {
  return lifecycleSteps[step].from.includes(from);
}

/** The steps offered for a unit in this status, in the order the page shows them. */
export function stepsFrom(status: UnitStatus): LifecycleStep[] {
  return (Object.keys(lifecycleSteps) as LifecycleStep[]).filter((step) => canTake(step, status));
}

/** A @db.Date value (UTC midnight) as YYYY-MM-DD. */
export function dateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type EffectiveDateRefusal = { key: string; values?: Record<string, string> };

/**
 * Why an effective date is refused, or null. Not in the future: a status change records what
 * has happened, and access is cut the moment it is saved, so a future date would be false.
 * Not before the unit joined, nor before its previous change, so the history reads in order.
 */
export function checkEffectiveDate(
  effectiveOn: string,
  bounds: { today: string; joinedOn: string; lastChangeOn?: string | null },
): EffectiveDateRefusal | null {
  if (effectiveOn > bounds.today) return { key: "units.admin.lifecycle.effectiveInFuture" };
  if (effectiveOn < bounds.joinedOn) {
    return { key: "units.admin.lifecycle.effectiveBeforeJoined", values: { date: bounds.joinedOn } };
  }
  if (bounds.lastChangeOn && effectiveOn < bounds.lastChangeOn) {
    return { key: "units.admin.lifecycle.effectiveBeforeLastChange", values: { date: bounds.lastChangeOn } };
  }
  return null;
}
