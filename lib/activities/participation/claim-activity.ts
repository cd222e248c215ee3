import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { beijingToday } from "@/lib/core/time/beijing";
import { busyTransaction } from "@/lib/activities/lifecycle/lock-activity";
import { startsFrom } from "@/lib/activities/lifecycle/transitions";
import { claimBlock } from "./unit-options";

type Actor = { id: number; unitId: number };

/**
 * The actor's unit claims an unclaimed activity of a published year to lead. Concurrent claims of
 * one activity end with one winner (conditional update on "still unclaimed"); the per-unit limit is
 * counted under an advisory lock on (year, unit), the same key admins' assignment takes, so two
 * claims by one unit cannot both slip under the limit.
 */
export async function claimActivity(actor: Actor, activityId: number): Promise<{ title: string }> {
  return db.$transaction(async (tx) => {
    const activity = await tx.activity.findFirst({
      where: { id: activityId, plan: { status: "PUBLISHED" } },
      select: {
        id: true,
        year: true,
        title: true,
        status: true,
        leadUnitId: true,
        plannedMonth: true,
        plannedDate: true,
        plan: { select: { maxLeadsPerUnit: true } },
      },
    });
    if (!activity) throw new DomainError("activities.participation.notFound");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${activity.year}::int, ${actor.unitId}::int)`;

    const leading = await tx.activity.count({
      where: { year: activity.year, leadUnitId: actor.unitId, status: { not: "CANCELLED" } },
    });
    // The rule the activity page shows (unit-options.ts). A taken activity is left to the
    // conditional update below, which names whoever holds it after their commit.
    const block = claimBlock({
      ...activity,
      unitId: actor.unitId,
      leadsThisYear: leading,
      maxLeadsPerUnit: activity.plan.maxLeadsPerUnit,
      mine: null,
      today: beijingToday(),
    });
    if (block && block.reason !== "notClaimable" && block.reason !== "cancelledActivity") {
      throw new DomainError(`activities.participation.${block.reason}`, block.values);
    }

    const claimedAt = new Date();
    const { count } = await tx.activity.updateMany({
      where: { id: activity.id, leadUnitId: null, status: { in: startsFrom("claim") } },
      data: { leadUnitId: actor.unitId, status: "CLAIMED", claimedAt, version: { increment: 1 } },
    });
    if (count !== 1) {
      // Lost the race (or the activity was cancelled): name who has it, read after their commit.
      const now = await tx.activity.findUniqueOrThrow({
        where: { id: activity.id },
        select: { leadUnit: { select: { name: true } } },
      });
      if (now.leadUnit)
        throw new DomainError("activities.participation.alreadyClaimed", { unit: now.leadUnit.name });
      throw new DomainError("activities.participation.notClaimable");
    }

    await notifyUnit(tx, actor.unitId, "CLAIM_CONFIRMED", activity.id, { title: activity.title });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "activity.claim",
      entity: "Activity",
      entityId: activity.id,
      unitId: actor.unitId,
      before: { status: "PLANNED", leadUnitId: null },
      after: { status: "CLAIMED", leadUnitId: actor.unitId, claimedAt },
    });
    return { title: activity.title };
  }, busyTransaction);
}
