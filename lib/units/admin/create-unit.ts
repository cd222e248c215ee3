import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { UnitFormInput } from "./schemas";
import { assertNameAndSlugFree, mapUniqueViolation } from "./unit-conflicts";

/** Creates an ACTIVE unit (an admin adding a member directly) and records who did it. */
export async function createUnit(actorId: number, input: UnitFormInput): Promise<{ id: number }> {
  try {
    return await db.$transaction(async (tx) => {
      await assertNameAndSlugFree(tx, input);
      const unit = await tx.unit.create({ data: input });
      await recordAudit(tx, {
        actorId,
        action: "unit.create",
        entity: "Unit",
        entityId: unit.id,
        unitId: unit.id,
        after: input,
      });
      return { id: unit.id };
    });
  } catch (error) {
    mapUniqueViolation(error);
  }
}
