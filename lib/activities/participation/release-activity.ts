import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { beijingDate } from "@/lib/core/time/beijing";
import { busyTransaction, lockActivity } from "@/lib/activities/lifecycle/lock-activity";
import { assertTransition } from "@/lib/activities/lifecycle/transitions";

type Actor = { id: number; unitId: number };

/**
 * The lead gives an activity back to the list with a reason. Allowed up to and including the year's
 * release deadline when one is set (while claimed or open), otherwise only until sign-up opens;
 * refused while any unit is still signed up, so nobody is left joined to a leaderless activity.
 */
export async function releaseActivity(actor: Actor, activityId: number, reason: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId, {
      publishedOnly: true,
      notFound: "activities.participation.notFound",
    });
    if (activity.leadUnitId !== actor.unitId) throw new DomainError("core.errors.forbidden");
    const plan = await tx.planYear.findUniqueOrThrow({
      where: { year: activity.year },
      select: { releaseDeadline: true },
    });
    const deadline = plan.releaseDeadline?.toISOString().slice(0, 10);
    if (deadline !== undefined && beijingDate(now) > deadline) {
      throw new DomainError("activities.participation.releaseDeadlinePassed", { date: deadline });
    }
    const action = deadline === undefined ? "release" : "releaseBeforeDeadline";
    const next = assertTransition(action, activity.status, "activities.participation.releaseTooLate");
    const live = await tx.participation.count({ where: { activityId, status: { not: "WITHDRAWN" } } });
    if (live > 0) throw new DomainError("activities.participation.releaseHasParticipants", { count: live });

    await tx.activity.update({
      where: { id: activityId },
      data: { leadUnitId: null, status: next, claimedAt: null, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "activity.release",
      entity: "Activity",
      entityId: activityId,
      unitId: actor.unitId,
      before: { status: activity.status, leadUnitId: actor.unitId },
      after: { status: next, leadUnitId: null, reason },
    });
  }, busyTransaction);
}
