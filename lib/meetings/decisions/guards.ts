import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import type { DecisionStatusName } from "./schemas";

export type LockedDecision = {
  id: number;
  meetingId: number;
  title: string;
  ownerUnitId: number;
  dueOn: Date;
  status: DecisionStatusName;
  version: number;
  meetingTitle: string;
  hostUnitId: number | null;
};

/** Locks one decision (not its meeting) for the rest of the transaction. */
export async function lockDecision(tx: Tx, decisionId: number): Promise<LockedDecision> {
  const rows = await tx.$queryRaw<LockedDecision[]>`
    SELECT d."id", d."meetingId", d."title", d."ownerUnitId", d."dueOn", d."status"::text AS "status",
           d."version", m."title" AS "meetingTitle", m."hostUnitId"
    FROM "Decision" d JOIN "Meeting" m ON m."id" = d."meetingId"
    WHERE d."id" = ${decisionId} FOR UPDATE OF d`;
  const decision = rows[0];
  if (!decision) throw new DomainError("meetings.decisions.errors.notFound");
  return decision;
}

/** A form opened before someone else's change is refused, never applied over it. */
export function assertDecisionVersion(decision: LockedDecision, version: number): void {
  if (decision.version !== version) throw new DomainError("meetings.decisions.errors.stale");
}

/** Decisions are assigned only to units that are members now. */
export async function assertActiveUnit(tx: Tx, unitId: number): Promise<void> {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { status: true } });
  if (unit?.status !== "ACTIVE")
    throw new DomainError("meetings.decisions.errors.ownerInactive", undefined, "ownerUnitId");
}
