import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { lockItem } from "./item-rules";

/**
 * Deletes an item nobody has claimed or joined; anything else must be cancelled instead (the
 * one cancellation of lib/activities/lifecycle/cancel-activity.ts).
 */
export async function deleteItem(actorId: number, id: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await lockItem(tx, id);
    const participations = await tx.participation.count({ where: { activityId: id } });
    if (item.leadUnitId !== null || participations > 0)
      throw new DomainError("activities.admin.cannotDelete");
    await tx.activity.delete({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: "activity.delete",
      entity: "Activity",
      entityId: id,
      before: item,
    });
  });
}
