import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { lockActivity } from "@/lib/activities/lifecycle/lock-activity";

/**
 * Deletes an activity nobody has claimed or joined; anything else must be cancelled instead
 * (the one cancellation of lib/activities/lifecycle/cancel-activity.ts).
 */
export async function deleteActivity(actorId: number, id: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockActivity(tx, id, { notFound: "activities.admin.activityNotFound" });
    // The whole row, not just the locked columns: the audit record keeps what was deleted.
    const activity = await tx.activity.findUniqueOrThrow({ where: { id } });
    const participations = await tx.participation.count({ where: { activityId: id } });
    if (activity.leadUnitId !== null || participations > 0)
      throw new DomainError("activities.admin.cannotDelete");
    await tx.activity.delete({ where: { id } });
    await recordAudit(tx, {
      actorId,
      action: "activity.delete",
      entity: "Activity",
      entityId: id,
      before: activity,
    });
  });
}
