import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { committeeTimeZone } from "@/lib/core/time/shanghai";
import { busyTransaction, lockActivity } from "./lock-activity";

type Actor = { id: number; unitId: number };

/** Today's calendar date in Shanghai as YYYY-MM-DD (the deadline is a date, not an instant). */
function shanghaiToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: committeeTimeZone }).format(now);
}

/**
 * The lead gives an item back to the list with a reason. Allowed up to and including the year's
 * release deadline when one is set (while claimed or open), otherwise only until sign-up opens;
 * refused while any unit is still signed up, so nobody is left joined to a leaderless activity.
 */
export async function releaseActivity(actor: Actor, activityId: number, reason: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId);
    if (activity.leadUnitId !== actor.unitId) throw new DomainError("core.errors.forbidden");
    const plan = await tx.planYear.findUniqueOrThrow({
      where: { year: activity.year },
      select: { releaseDeadline: true },
    });
    const deadline = plan.releaseDeadline?.toISOString().slice(0, 10);
    if (deadline !== undefined && shanghaiToday(now) > deadline) {
      throw new DomainError("activities.participation.releaseDeadlinePassed", { date: deadline });
    }
    const releasable = deadline === undefined ? ["CLAIMED"] : ["CLAIMED", "OPEN"];
    if (!releasable.includes(activity.status))
      throw new DomainError("activities.participation.releaseTooLate");
    const live = await tx.participation.count({ where: { activityId, status: { not: "WITHDRAWN" } } });
    if (live > 0) throw new DomainError("activities.participation.releaseHasParticipants", { count: live });

    await tx.activity.update({
      where: { id: activityId },
      data: { leadUnitId: null, status: "PLANNED", claimedAt: null, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "activity.release",
      entity: "Activity",
      entityId: activityId,
      unitId: actor.unitId,
      before: { status: activity.status, leadUnitId: actor.unitId },
      after: { status: "PLANNED", leadUnitId: null, reason },
    });
  }, busyTransaction);
}
