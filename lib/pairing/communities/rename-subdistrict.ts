import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import type { RenameSubdistrictInput } from "./schemas";

/** Renames a subdistrict (its communities follow: they refer to the record, not the name). */
export async function renameSubdistrict(actor: AdminActor, input: RenameSubdistrictInput): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.subdistrict.findUnique({
        where: { id: input.subdistrictId },
        select: { name: true },
      });
      if (!before) throw new DomainError("pairing.communities.errors.subdistrictNotFound");
      if (before.name === input.name) return;
      await tx.subdistrict.update({ where: { id: input.subdistrictId }, data: { name: input.name } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "subdistrict.rename",
        entity: "Subdistrict",
        entityId: input.subdistrictId,
        before,
        after: { name: input.name },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, "Subdistrict_name_key"))
      throw new DomainError("pairing.communities.errors.subdistrictTaken", undefined, "name");
    throw error;
  }
}
