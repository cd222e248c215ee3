import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { joinedHeadcount } from "./join-activity";
import { busyTransaction, lockActivity, type LockedActivity } from "@/lib/activities/lifecycle/lock-activity";
import { assertTransition } from "@/lib/activities/lifecycle/transitions";

type Actor = { id: number; unitId: number };

/**
 * Moves waitlisted units up strictly in arrival order (id ascending) while they fit; stops at
 * the first that does not, so a smaller later unit never overtakes a bigger earlier one.
 */
export async function promoteWaitlist(tx: Tx, activity: LockedActivity, actorId: number): Promise<number[]> {
  const waiting = await tx.participation.findMany({
    where: { activityId: activity.id, status: "WAITLISTED" },
    select: { id: true, unitId: true, headcount: true },
    orderBy: { id: "asc" },
  });
  let joined = await joinedHeadcount(tx, activity.id);
  const promoted: number[] = [];
  for (const row of waiting) {
    if (activity.capacity !== null && joined + row.headcount > activity.capacity) break;
    await tx.participation.update({ where: { id: row.id }, data: { status: "JOINED" } });
    joined += row.headcount;
    promoted.push(row.unitId);
    await notifyUnit(tx, row.unitId, "WAITLIST_PROMOTED", activity.id, { title: activity.title });
    await recordAudit(tx, {
      actorId,
      action: "participation.promote",
      entity: "Participation",
      entityId: row.id,
      unitId: row.unitId,
      before: { status: "WAITLISTED" },
      after: { status: "JOINED" },
    });
  }
  return promoted;
}

/** The actor's unit takes its hand back while sign-up is open; the waitlist moves up. */
export async function withdrawParticipation(
  actor: Actor,
  activityId: number,
): Promise<{ promoted: number[] }> {
  return db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, activityId, {
      publishedOnly: true,
      notFound: "activities.participation.notFound",
    });
    assertTransition("withdraw", activity.status, "activities.participation.signUpNotOpen");
    const live = await tx.participation.findFirst({
      where: { activityId, unitId: actor.unitId, status: { not: "WITHDRAWN" } },
      select: { id: true, status: true, headcount: true },
    });
    if (!live) throw new DomainError("activities.participation.notJoined");
    await tx.participation.update({
      where: { id: live.id },
      data: { status: "WITHDRAWN", withdrawnAt: new Date() },
    });
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: { name: true } });
    if (activity.leadUnitId !== null) {
      await notifyUnit(tx, activity.leadUnitId, "ACTIVITY_WITHDRAWN", activityId, {
        title: activity.title,
        unit: unit.name,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "participation.withdraw",
      entity: "Participation",
      entityId: live.id,
      unitId: actor.unitId,
      before: { status: live.status, headcount: live.headcount },
      after: { status: "WITHDRAWN" },
    });
    return { promoted: await promoteWaitlist(tx, activity, actor.id) };
  }, busyTransaction);
}
