import type { Tx } from "@/lib/core/db";
import type { ActivityStatus } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/core/errors";

export type LockedActivity = {
  id: number;
  year: number;
  title: string;
  status: ActivityStatus;
  leadUnitId: number | null;
  capacity: number | null;
};

/**
 * Locks one activity of a published year for the rest of the transaction (SELECT … FOR UPDATE),
 * so joins and withdrawals on it run one after another and capacity sums stay true.
 */
export async function lockActivity(tx: Tx, activityId: number): Promise<LockedActivity> {
  const rows = await tx.$queryRaw<LockedActivity[]>`
    SELECT a."id", a."year", a."title", a."status"::text AS "status", a."leadUnitId", a."capacity"
    FROM "Activity" a JOIN "PlanYear" p ON p."year" = a."year"
    WHERE a."id" = ${activityId} AND p."status" = 'PUBLISHED'
    FOR UPDATE OF a`;
  const activity = rows[0];
  if (!activity) throw new DomainError("activities.participation.notFound");
  return activity;
}

/** Long enough for 30 requests queueing on one pool of 10 connections. */
export const busyTransaction = { maxWait: 20_000, timeout: 20_000 } as const;

/** Acting for a unit needs a secretary; admins assign leads elsewhere. */
export function unitOf(actor: { unitId: number | null }): number {
  if (actor.unitId === null) throw new DomainError("core.errors.forbidden");
  return actor.unitId;
}
