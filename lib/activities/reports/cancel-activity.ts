import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { CurrentUser } from "@/lib/core/auth/session";
import { assertLead, assertVersion, lockActivity } from "./lead-activity";
import type { CancelActivityInput } from "./schemas";

const cancellable = new Set(["CLAIMED", "OPEN", "CLOSED"]);

/**
 * Cancels a claimed activity that has not been held: the lead unit or an admin, with a reason.
 * Every unit still signed up (joined or waiting) is told in the same transaction.
 */
export async function cancelActivity(actor: CurrentUser, input: CancelActivityInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, input.activityId);
    if (actor.role !== "ADMIN") assertLead(activity, actor.unitId);
    if (!cancellable.has(activity.status)) throw new DomainError("activities.reports.notCancellable");
    assertVersion(activity, input.version);
    const { count } = await tx.activity.updateMany({
      where: { id: activity.id, version: input.version, status: { in: ["CLAIMED", "OPEN", "CLOSED"] } },
      data: { status: "CANCELLED", cancelReason: input.reason, version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    const participants = await tx.participation.findMany({
      where: { activityId: activity.id, status: { not: "WITHDRAWN" } },
      select: { unitId: true },
    });
    for (const { unitId } of participants) {
      await notifyUnit(tx, unitId, "ACTIVITY_CANCELLED", activity.id, {
        title: activity.title,
        reason: input.reason,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "activity.cancel",
      entity: "Activity",
      entityId: activity.id,
      unitId: activity.leadUnitId,
      before: { status: activity.status },
      after: { status: "CANCELLED", cancelReason: input.reason },
    });
  });
}
