import type { Prisma } from "@/lib/generated/prisma/client";
import type { CostBreakdown } from "@/lib/rotation/scheduler";

/**
 * RotationSchedule.cost: the scheduler's breakdown for the stored duties, plus the optimal
 * total the draft was generated with, so a hand-edited draft can show what the edits cost.
 */
export type StoredCost = CostBreakdown & {
  optimalTotal: number;
  /** False when the scheduler's search for requested pairs ran out of budget (very many pairs):
   * the schedule keeps every rule but is the best found, not proven optimal. */
  proven: boolean;
};

export function storedCost(cost: CostBreakdown, optimalTotal: number, proven = true): Prisma.InputJsonValue {
  return { ...cost, optimalTotal, proven } as unknown as Prisma.InputJsonValue;
}

/** Reads a stored cost defensively: rows written by other code may lack some fields. */
export function readStoredCost(raw: unknown): StoredCost | null {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  const cost = raw as Partial<StoredCost>;
  if (typeof cost.total !== "number") return null;
  return {
    total: cost.total,
    preference: cost.preference ?? 0,
    repeatLastYear: cost.repeatLastYear ?? 0,
    sameCategory: cost.sameCategory ?? 0,
    pairSplit: cost.pairSplit ?? 0,
    units: Array.isArray(cost.units) ? cost.units : [],
    splitPairs: Array.isArray(cost.splitPairs) ? cost.splitPairs : [],
    bunched: Array.isArray(cost.bunched) ? cost.bunched : [],
    optimalTotal: typeof cost.optimalTotal === "number" ? cost.optimalTotal : cost.total,
    proven: cost.proven !== false,
  };
}
