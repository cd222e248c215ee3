import type { Tx } from "@/lib/core/db";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/core/errors";

export type LockedActivity = {
  id: number;
  year: number;
  title: string;
  status: ActivityStatus;
  leadUnitId: number | null;
  plannedMonth: number;
  plannedDate: Date | null;
  version: number;
};

/**
 * Locks the activity row for the rest of the transaction, so lifecycle changes, reports and
 * check-ins of one activity run one after another and each sees the state it changes.
 */
export async function lockActivity(tx: Tx, activityId: number): Promise<LockedActivity> {
  const rows = await tx.$queryRaw<LockedActivity[]>`
    SELECT "id", "year", "title", "status", "leadUnitId", "plannedMonth", "plannedDate", "version"
    FROM "Activity" WHERE "id" = ${activityId} FOR UPDATE`;
  const activity = rows[0];
  if (!activity) throw new DomainError("activities.reports.activityNotFound");
  return activity;
}

/** Only the lead unit's secretaries run and report an activity; everyone else is refused. */
export function assertLead(activity: LockedActivity, actorUnitId: number | null): void {
  if (actorUnitId === null || activity.leadUnitId !== actorUnitId)
    throw new DomainError("core.errors.forbidden");
}

/** A stale form (someone changed the activity since it was loaded) is refused, never applied. */
export function assertVersion(activity: LockedActivity, version: number): void {
  if (activity.version !== version) throw new DomainError("core.errors.staleVersion");
}
