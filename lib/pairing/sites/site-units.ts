import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import { assertUnitsExist, lockSite } from "./lock-site";
import type { AddSiteUnitInput, RemoveSiteUnitInput } from "./schemas";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Adds a unit to those serving the site regularly (since a date). */
export async function addSiteUnit(actor: AdminActor, input: AddSiteUnitInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const site = await lockSite(tx, input.siteId);
    await assertUnitsExist(tx, [input.unitId], "unitId");
    // The site row is locked, so this check and the insert cannot interleave with another add.
    const existing = await tx.serviceSiteUnit.findUnique({
      where: { siteId_unitId: { siteId: site.id, unitId: input.unitId } },
      select: { unitId: true },
    });
    if (existing) throw new DomainError("pairing.sites.errors.unitAlreadyServes", undefined, "unitId");
    await tx.serviceSiteUnit.create({ data: { siteId: site.id, unitId: input.unitId, since: input.since } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "site.addUnit",
      entity: "ServiceSite",
      entityId: site.id,
      unitId: input.unitId,
      after: { unitId: input.unitId, since: isoDay(input.since) },
    });
  });
}

/** Takes a unit off the site's list; its past visits stay in the log. */
export async function removeSiteUnit(actor: AdminActor, input: RemoveSiteUnitInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const site = await lockSite(tx, input.siteId);
    const removed = await tx.serviceSiteUnit.deleteMany({ where: { siteId: site.id, unitId: input.unitId } });
    if (removed.count !== 1) throw new DomainError("pairing.sites.errors.unitNotServing");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "site.removeUnit",
      entity: "ServiceSite",
      entityId: site.id,
      unitId: input.unitId,
    });
  });
}
