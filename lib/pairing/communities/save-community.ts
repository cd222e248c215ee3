import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import type { CreateCommunityInput, UpdateCommunityInput } from "./schemas";

/** The columns the form edits (the subdistrict is a record of its own, found or created). */
function communityData(input: CreateCommunityInput, subdistrictId: number) {
  return {
    name: input.name,
    subdistrictId,
    address: input.address,
    latitude: input.latitude,
    longitude: input.longitude,
    description: input.description,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    unitId: input.unitId,
  };
}

/**
 * The subdistrict of that name, created (and audited) when it is new. ON CONFLICT DO NOTHING
 * (skipDuplicates): two admins typing the same new name at once both get the one record.
 */
async function subdistrictNamed(tx: Tx, actorId: number, name: string): Promise<number> {
  const [created] = await tx.subdistrict.createManyAndReturn({
    data: [{ name }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (created) {
    await recordAudit(tx, {
      actorId,
      action: "subdistrict.create",
      entity: "Subdistrict",
      entityId: created.id,
      after: { name },
    });
    return created.id;
  }
  return (await tx.subdistrict.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
}

/** The linked unit must exist; whether another community has it is the unique index's to say. */
async function checkUnit(tx: Tx, unitId: number | null): Promise<void> {
  if (unitId === null) return;
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } });
  if (!unit) throw new DomainError("pairing.communities.errors.unitNotFound", undefined, "unitId");
}

/**
 * The unique indexes decide duplicates (a name, a unit linked twice), so two admins saving at
 * once get one clear winner; the loser is told on the field. The transaction is rolled back.
 */
async function refuseDuplicates<T>(unitId: number | null, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "Community_name_key"))
      throw new DomainError("pairing.communities.errors.nameTaken", undefined, "name");
    if (unitId !== null && isUniqueViolation(error, "Community_unitId_key")) {
      const holder = await db.community.findUnique({ where: { unitId }, select: { name: true } });
      throw new DomainError(
        "pairing.communities.errors.unitTaken",
        { community: holder?.name ?? "" },
        "unitId",
      );
    }
    throw error;
  }
}

/** Adds a community, and its subdistrict if it is new, in one transaction. */
export async function createCommunity(actor: AdminActor, input: CreateCommunityInput): Promise<number> {
  return refuseDuplicates(input.unitId, () =>
    db.$transaction(async (tx) => {
      await checkUnit(tx, input.unitId);
      const subdistrictId = await subdistrictNamed(tx, actor.id, input.subdistrict);
      const data = communityData(input, subdistrictId);
      const community = await tx.community.create({ data, select: { id: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "community.create",
        entity: "Community",
        entityId: community.id,
        after: data,
      });
      return community.id;
    }),
  );
}

/** Saves an edited community, only if nobody changed it since the form was loaded (version). */
export async function updateCommunity(actor: AdminActor, input: UpdateCommunityInput): Promise<void> {
  await refuseDuplicates(input.unitId, () =>
    db.$transaction(async (tx) => {
      const before = await tx.community.findUnique({ where: { id: input.communityId } });
      if (!before) throw new DomainError("pairing.communities.errors.notFound");
      await checkUnit(tx, input.unitId);
      const subdistrictId = await subdistrictNamed(tx, actor.id, input.subdistrict);
      const data = communityData(input, subdistrictId);
      // Conditional on the version the form was loaded with: of two saves, one wins.
      const { count } = await tx.community.updateMany({
        where: { id: input.communityId, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new DomainError("core.errors.staleVersion");
      await recordAudit(tx, {
        actorId: actor.id,
        action: "community.update",
        entity: "Community",
        entityId: input.communityId,
        before,
        after: data,
      });
    }),
  );
}
