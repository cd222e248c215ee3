import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { lockItem, notifyParticipants } from "./item-rules";
import type { CancelItemInput } from "./schemas";

/** Deletes an item nobody has claimed or joined; anything else must be cancelled instead. */
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

/** Cancels an item with a reason and tells every unit still signed up for it. */
export async function cancelItem(actorId: number, input: CancelItemInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await lockItem(tx, input.id);
    if (item.status === "CANCELLED") throw new DomainError("activities.admin.alreadyCancelled");
    if (item.status === "REPORTED") throw new DomainError("activities.admin.reportedLocked");
    await tx.activity.update({
      where: { id: item.id },
      data: { status: "CANCELLED", cancelReason: input.reason, version: { increment: 1 } },
    });
    await notifyParticipants(tx, item.id, "ACTIVITY_CANCELLED", { title: item.title, reason: input.reason });
    await recordAudit(tx, {
      actorId,
      action: "activity.cancel",
      entity: "Activity",
      entityId: item.id,
      unitId: item.leadUnitId,
      before: { status: item.status },
      after: { status: "CANCELLED", cancelReason: input.reason },
    });
  });
}
