import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { can, isAdmin, type Actor } from "@/lib/core/auth/policy";
import { assertVersion, lockActivity } from "./lock-activity";
import { cancelAction, startsFrom, type Canceller } from "./transitions";

export type CancelInput = { activityId: number; version: number; reason: string };

/** Why a cancellation is refused: a cancelled activity says so, anything else is too far along. */
function refusal(status: string): string {
  return status === "CANCELLED" ? "activities.admin.alreadyCancelled" : "activities.reports.notCancellable";
}

/**
 * Cancels an activity with a reason, from the version the form showed: the lead unit before it
 * is held, an admin (from the lead's page or the list editor alike) also an unclaimed or held
 * one; nobody a reported or cancelled one. Every unit still signed up (joined or waiting) is
 * told in the same transaction.
 */
export async function cancelActivity(actor: Actor, input: CancelInput): Promise<void> {
  const by: Canceller = isAdmin(actor) ? "admin" : "lead";
  const from = startsFrom(cancelAction(by));
  await db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, input.activityId);
    if (!can(actor, { action: "activity.cancel", leadUnitId: activity.leadUnitId })) {
      throw new DomainError("core.errors.forbidden");
    }
    if (!from.includes(activity.status)) throw new DomainError(refusal(activity.status));
    assertVersion(activity, input.version);
    const { count } = await tx.activity.updateMany({
      where: { id: activity.id, version: input.version, status: { in: from } },
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
