import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import type { NeedStatus } from "@/lib/generated/prisma/enums";

export type LockedNeed = {
  id: number;
  communityId: number;
  title: string;
  status: NeedStatus;
  version: number;
  activityId: number | null;
};

/**
 * Locks the need for the rest of the transaction, so decisions on it (offers, matching,
 * closing) happen one after the other and each sees the status the previous one left.
 */
export async function lockNeed(tx: Tx, needId: number): Promise<LockedNeed> {
  const rows = await tx.$queryRaw<LockedNeed[]>`
    SELECT "id", "communityId", "title", "status", "version", "activityId"
    FROM "Need" WHERE "id" = ${needId} FOR UPDATE`;
  const need = rows[0];
  if (!need) throw new DomainError("pairing.needs.errors.notFound");
  return need;
}

/** Only a need still on the board (open, or matched with an activity) takes offers and edits. */
export function assertLive(need: LockedNeed): void {
  if (need.status === "CLOSED") throw new DomainError("pairing.needs.errors.closed");
  if (need.status === "CANCELLED") throw new DomainError("pairing.needs.errors.cancelled");
}

/** A form carries the version it showed: a need changed meanwhile is not overwritten. */
export function assertVersion(need: LockedNeed, version: number): void {
  if (need.version !== version) throw new DomainError("core.errors.staleVersion");
}
