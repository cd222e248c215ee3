import type { Tx } from "@/lib/core/db";
import { can } from "@/lib/core/auth/policy";
import type { CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
import type { DecisionStatusName } from "./schemas";

export type LockedMeeting = { id: number; title: string; status: string; hostUnitId: number | null };

/**
 * Locks the meeting row, so adding a decision and cancelling the meeting (or two adds picking
 * the next position) run one after another.
 */
export async function lockMeeting(tx: Tx, meetingId: number): Promise<LockedMeeting> {
  const rows = await tx.$queryRaw<LockedMeeting[]>`
    SELECT "id", "title", "status"::text AS "status", "hostUnitId"
    FROM "Meeting" WHERE "id" = ${meetingId} FOR UPDATE`;
  const meeting = rows[0];
  if (!meeting) throw new DomainError("meetings.decisions.errors.meetingNotFound");
  return meeting;
}

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

/** Admins and the host unit's secretaries list a meeting's decisions. */
export function assertMinutesWriter(actor: CurrentUser, meeting: { hostUnitId: number | null }): void {
  if (!can(actor, { action: "minutes.write", hostUnitId: meeting.hostUnitId })) {
    throw new DomainError("core.errors.forbidden");
  }
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
