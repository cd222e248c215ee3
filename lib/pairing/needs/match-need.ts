import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { AdminActor } from "@/lib/core/auth/policy";
import { addActivity } from "@/lib/activities/admin";
import { assertLive, assertVersion, lockNeed, type LockedNeed } from "./lock-need";
import type { AttachNeedInput, ConvertNeedInput } from "./schemas";

/** Only an open need gets its activity: a matched one already has one. */
async function lockOpenNeed(tx: Tx, needId: number, version: number): Promise<LockedNeed> {
  const need = await lockNeed(tx, needId);
  assertLive(need);
  if (need.status === "MATCHED") throw new DomainError("pairing.needs.errors.alreadyMatched");
  assertVersion(need, version);
  return need;
}

async function markMatched(tx: Tx, need: LockedNeed, activityId: number) {
  await tx.need.update({
    where: { id: need.id },
    data: { status: "MATCHED", activityId, version: { increment: 1 } },
  });
}

/**
 * Turns a need into a new item of the year's activity list in one step: the activity (at its
 * community, planned for the chosen month) and the need's link to it commit together with
 * their audit records, or neither does. Returns the new activity's id.
 */
export async function convertNeed(actor: AdminActor, input: ConvertNeedInput): Promise<number> {
  return db.$transaction(async (tx) => {
    const need = await lockOpenNeed(tx, input.needId, input.version);
    const year = await tx.planYear.findUnique({ where: { year: input.year }, select: { year: true } });
    if (!year) throw new DomainError("pairing.needs.errors.yearNotFound", undefined, "year");
    const activityId = await addActivity(tx, actor.id, {
      year: input.year,
      title: input.title,
      description: input.description,
      type: input.type,
      commitment: input.commitment,
      plannedMonth: input.plannedMonth,
      channel: "OFFLINE",
      format: "THEME",
      reach: "BLOCK",
      placeKind: "community",
      place: "",
      communityId: need.communityId,
    });
    await markMatched(tx, need, activityId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "need.convert",
      entity: "Need",
      entityId: need.id,
      before: { status: need.status },
      after: { status: "MATCHED", activityId },
    });
    return activityId;
  });
}

/** Attaches a need to an activity already on a list (not a cancelled one). */
export async function attachNeed(actor: AdminActor, input: AttachNeedInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const need = await lockOpenNeed(tx, input.needId, input.version);
    const activity = await tx.activity.findUnique({
      where: { id: input.activityId },
      select: { id: true, status: true },
    });
    if (!activity) throw new DomainError("pairing.needs.errors.activityNotFound", undefined, "activityId");
    if (activity.status === "CANCELLED")
      throw new DomainError("pairing.needs.errors.activityCancelled", undefined, "activityId");
    await markMatched(tx, need, activity.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "need.attach",
      entity: "Need",
      entityId: need.id,
      before: { status: need.status },
      after: { status: "MATCHED", activityId: activity.id },
    });
  });
}
