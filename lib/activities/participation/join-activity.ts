import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { beijingToday } from "@/lib/core/time/beijing";
import { busyTransaction, lockActivity } from "@/lib/activities/lifecycle/lock-activity";
import { joinBlock } from "./unit-options";

type Actor = { id: number; unitId: number };
export type JoinResult = { status: "JOINED" | "WAITLISTED"; position: number; title: string };

/** Sum of the headcounts already joined (not waitlisted, not withdrawn). */
export async function joinedHeadcount(tx: Tx, activityId: number): Promise<number> {
  const sum = await tx.participation.aggregate({
    where: { activityId, status: "JOINED" },
    _sum: { headcount: true },
  });
  return sum._sum.headcount ?? 0;
}

/**
 * The actor's unit raises its hand for an open activity. The activity row is locked, so
 * concurrent joins are decided one at a time: never over capacity, and the waitlist is in
 * arrival order. A newcomer queues behind anyone already waiting even if it would fit, so the
 * waitlist is never overtaken (promotion is strictly in order too).
 */
export async function joinActivity(
  actor: Actor,
  activityId: number,
  headcount: number,
  now = new Date(),
): Promise<JoinResult> {
  try {
    return await db.$transaction(async (tx) => {
      const activity = await lockActivity(tx, activityId, {
        publishedOnly: true,
        notFound: "activities.participation.notFound",
      });
      const existing = await tx.participation.findFirst({
        where: { activityId, unitId: actor.unitId, status: { not: "WITHDRAWN" } },
        select: { status: true },
      });
      // The rule the activity page shows (unit-options.ts), on the locked row.
      const block = joinBlock({
        ...activity,
        unitId: actor.unitId,
        leadsThisYear: 0,
        maxLeadsPerUnit: 0,
        mine: existing ? (existing.status as "JOINED" | "WAITLISTED") : null,
        today: beijingToday(now),
        now,
      });
      if (block) throw new DomainError(`activities.participation.${block.reason}`, block.values);

      const waiting = await tx.participation.count({ where: { activityId, status: "WAITLISTED" } });
      const fits =
        activity.capacity === null ||
        (waiting === 0 && (await joinedHeadcount(tx, activityId)) + headcount <= activity.capacity);
      const status = fits ? "JOINED" : "WAITLISTED";
      const row = await tx.participation.create({
        data: { activityId, unitId: actor.unitId, headcount, status },
        select: { id: true },
      });
      const unit = await tx.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: { name: true } });
      if (activity.leadUnitId !== null) {
        await notifyUnit(tx, activity.leadUnitId, "ACTIVITY_JOINED", activityId, {
          title: activity.title,
          unit: unit.name,
          headcount,
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "participation.join",
        entity: "Participation",
        entityId: row.id,
        unitId: actor.unitId,
        after: { activityId, headcount, status },
      });
      return { status, position: fits ? 0 : waiting + 1, title: activity.title };
    }, busyTransaction);
  } catch (error) {
    // The partial unique index (one live row per unit) backs up the check above.
    if (isUniqueViolation(error)) throw new DomainError("activities.participation.alreadyJoined");
    throw error;
  }
}
