import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { lockRotationYear } from "@/lib/rotation/lock";
import type { AddRotationPairInput, RemoveRotationPairInput } from "./schemas";
import { assertYearAndActiveUnits } from "./save-settings";

/** Records that two active units want to serve together; stored ordered (a < b), once. */
export async function addRotationPair(actor: CurrentUser, input: AddRotationPairInput): Promise<number> {
  const unitAId = Math.min(input.unitAId, input.unitBId);
  const unitBId = Math.max(input.unitAId, input.unitBId);
  try {
    return await db.$transaction(async (tx) => {
      await lockRotationYear(tx, input.year);
      await assertYearAndActiveUnits(tx, input.year, [unitAId, unitBId], "unitBId");
      const existing = await tx.rotationPair.findUnique({
        where: { year_unitAId_unitBId: { year: input.year, unitAId, unitBId } },
        select: { id: true },
      });
      if (existing) throw new DomainError("rotation.admin.errors.pairExists", undefined, "unitBId");
      const pair = await tx.rotationPair.create({
        data: { year: input.year, unitAId, unitBId },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "rotation.addPair",
        entity: "RotationPair",
        entityId: pair.id,
        after: { year: input.year, unitAId, unitBId },
      });
      return pair.id;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("rotation.admin.errors.pairExists", undefined, "unitBId");
    throw error;
  }
}

export async function removeRotationPair(actor: CurrentUser, input: RemoveRotationPairInput): Promise<void> {
  const pair = await db.rotationPair.findUnique({
    where: { id: input.pairId },
    select: { year: true, unitAId: true, unitBId: true },
  });
  if (!pair) throw new DomainError("rotation.admin.errors.pairMissing");
  await db.$transaction(async (tx) => {
    await lockRotationYear(tx, pair.year);
    const removed = await tx.rotationPair.deleteMany({ where: { id: input.pairId } });
    if (removed.count === 0) throw new DomainError("rotation.admin.errors.pairMissing");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rotation.removePair",
      entity: "RotationPair",
      entityId: input.pairId,
      before: pair,
    });
  });
}
