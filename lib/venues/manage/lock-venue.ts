import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { can } from "@/lib/core/auth/policy";
import type { CurrentUser } from "@/lib/core/auth/session";

export type LockedVenue = { id: number; unitId: number; name: string; active: boolean; version: number };

/**
 * Locks the venue row for the rest of the transaction and checks the actor may manage it:
 * the policy only knew the actor's own unit, the venue's owner is known here.
 */
export async function lockOwnVenue(tx: Tx, actor: CurrentUser, venueId: number): Promise<LockedVenue> {
  const rows = await tx.$queryRaw<LockedVenue[]>`
    SELECT "id", "unitId", "name", "active", "version" FROM "Venue" WHERE "id" = ${venueId} FOR UPDATE`;
  const venue = rows[0];
  if (!venue) throw new DomainError("venues.manage.errors.notFound");
  if (!can(actor, { action: "venue.manage", unitId: venue.unitId }))
    throw new DomainError("core.errors.forbidden");
  return venue;
}
