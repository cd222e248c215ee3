import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";

export type LockedSite = { id: number; name: string; communityId: number; active: boolean; version: number };

/** Locks the site row for the rest of the transaction: its units and log change one writer at a time. */
export async function lockSite(tx: Tx, siteId: number): Promise<LockedSite> {
  const rows = await tx.$queryRaw<LockedSite[]>`
    SELECT "id", "name", "communityId", "active", "version" FROM "ServiceSite" WHERE "id" = ${siteId} FOR UPDATE`;
  const site = rows[0];
  if (!site) throw new DomainError("pairing.sites.errors.notFound");
  return site;
}

/** Every chosen unit must exist (a forged id is refused next to its field, never a 500). */
export async function assertUnitsExist(tx: Tx, unitIds: readonly number[], field: string): Promise<void> {
  if (unitIds.length === 0) return;
  const found = await tx.unit.count({ where: { id: { in: [...unitIds] } } });
  if (found !== unitIds.length) throw new DomainError("pairing.sites.errors.unitNotFound", undefined, field);
}
