import type { Tx } from "@/lib/core/db";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/core/errors";
import { runsActivity } from "@/lib/core/auth/policy";

/** What every write path of an activity needs from its locked row. */
export type LockedActivity = {
  id: number;
  year: number;
  title: string;
  status: ActivityStatus;
  leadUnitId: number | null;
  capacity: number | null;
  plannedMonth: number;
  plannedDate: Date | null;
  signupDeadline: Date | null;
  version: number;
};

type LockOptions = {
  /** Units only act on activities of a published list (joining, withdrawing, releasing). */
  publishedOnly?: boolean;
  /** The refusal when there is no such activity (each page names it in its own words). */
  notFound?: string;
};

/**
 * Locks the activity row for the rest of the transaction (SELECT … FOR UPDATE), so lifecycle
 * changes, joins, reports and check-ins of one activity run one after another, each sees the
 * state it changes, and capacity sums stay true.
 */
export async function lockActivity(
  tx: Tx,
  activityId: number,
  { publishedOnly = false, notFound = "activities.reports.activityNotFound" }: LockOptions = {},
): Promise<LockedActivity> {
  const rows = await tx.$queryRaw<LockedActivity[]>`
    SELECT a."id", a."year", a."title", a."status"::text AS "status", a."leadUnitId", a."capacity",
      a."plannedMonth", a."plannedDate", a."signupDeadline", a."version"
    FROM "Activity" a JOIN "PlanYear" p ON p."year" = a."year"
    WHERE a."id" = ${activityId} AND (p."status" = 'PUBLISHED' OR NOT ${publishedOnly})
    FOR UPDATE OF a`;
  const activity = rows[0];
  if (!activity) throw new DomainError(notFound);
  return activity;
}

/** Long enough for 30 requests queueing on one pool of 10 connections. */
export const busyTransaction = { maxWait: 20_000, timeout: 20_000 } as const;

/** Only the lead unit's secretaries run and report an activity; everyone else is refused. */
export function assertLead(activity: Pick<LockedActivity, "leadUnitId">, actorUnitId: number | null): void {
  if (!runsActivity(actorUnitId, activity.leadUnitId)) throw new DomainError("core.errors.forbidden");
}

/** A stale form (someone changed the activity since it was loaded) is refused, never applied. */
export function assertVersion(activity: Pick<LockedActivity, "version">, version: number): void {
  if (activity.version !== version) throw new DomainError("core.errors.staleVersion");
}
