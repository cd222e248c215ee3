import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import { lockSite } from "./lock-site";
import type { CreateSiteInput, UpdateSiteInput } from "./schemas";

/** The columns the site form edits. */
function siteData(input: CreateSiteInput) {
  return {
    name: input.name,
    description: input.description,
    areaSqm: input.areaSqm,
    address: input.address,
    latitude: input.latitude,
    longitude: input.longitude,
    communityId: input.communityId,
    active: input.active,
  };
}

async function assertCommunityExists(tx: Tx, communityId: number): Promise<void> {
  const found = await tx.community.findUnique({ where: { id: communityId }, select: { id: true } });
  if (!found) throw new DomainError("pairing.sites.errors.communityNotFound", undefined, "communityId");
}

// Site names are unique (the public list and the activity form tell sites apart by name); the
// unique index decides between two admins saving the same name at once.
async function refuseDuplicateName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("pairing.sites.errors.nameTaken", undefined, "name");
    throw error;
  }
}

/** Registers a long-term service site; returns its id. */
export async function createSite(actor: AdminActor, input: CreateSiteInput): Promise<number> {
  return refuseDuplicateName(() =>
    db.$transaction(async (tx) => {
      await assertCommunityExists(tx, input.communityId);
      const site = await tx.serviceSite.create({ data: siteData(input), select: { id: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "site.create",
        entity: "ServiceSite",
        entityId: site.id,
        after: siteData(input),
      });
      return site.id;
    }),
  );
}

/** Saves an edited site, only if nobody changed it since the form was loaded (version). */
export async function updateSite(actor: AdminActor, input: UpdateSiteInput): Promise<void> {
  await refuseDuplicateName(() =>
    db.$transaction(async (tx) => {
      const site = await lockSite(tx, input.siteId);
      if (site.version !== input.version) throw new DomainError("core.errors.staleVersion");
      await assertCommunityExists(tx, input.communityId);
      const before = await tx.serviceSite.findUniqueOrThrow({ where: { id: site.id } });
      await tx.serviceSite.update({
        where: { id: site.id },
        data: { ...siteData(input), version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "site.update",
        entity: "ServiceSite",
        entityId: site.id,
        before,
        after: siteData(input),
      });
    }),
  );
}
