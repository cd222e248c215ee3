import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError, isUniqueViolation } from "@/lib/core/errors";
import { actingUnitOf } from "@/lib/core/auth/policy";
import type { CurrentUser } from "@/lib/core/auth/session";
import { lockActivity } from "@/lib/activities/lifecycle/lock-activity";
import { assertTransition } from "@/lib/activities/lifecycle/transitions";
import { isCheckinCodeValid } from "./code";
import type { CheckInInput } from "./schemas";

/**
 * Records that a secretary is at the activity: the code on the lead's screen (this minute's or
 * the last), an activity not yet reported, and a unit that leads it or is joined. One check-in
 * per person; a second one (or a concurrent duplicate) is told it already happened.
 */
export async function checkIn(actor: CurrentUser, input: CheckInInput, now = new Date()): Promise<void> {
  // Only a secretary checks in, and only for their own unit.
  const unitId = actingUnitOf(actor);
  if (unitId === null) throw new DomainError("core.errors.forbidden");
  if (!isCheckinCodeValid(input.activityId, input.code, now.getTime())) {
    throw new DomainError("activities.checkin.codeExpired", undefined, "code");
  }
  try {
    await db.$transaction(async (tx) => {
      const activity = await lockActivity(tx, input.activityId);
      assertTransition("checkIn", activity.status, "activities.checkin.checkInClosed");
      if (activity.leadUnitId !== unitId) {
        const joined = await tx.participation.findFirst({
          where: { activityId: activity.id, unitId, status: "JOINED" },
          select: { id: true },
        });
        if (!joined) throw new DomainError("activities.checkin.notParticipant");
      }
      const existing = await tx.checkIn.findUnique({
        where: { activityId_userId: { activityId: activity.id, userId: actor.id } },
        select: { id: true },
      });
      if (existing) throw new DomainError("activities.checkin.alreadyCheckedIn");
      const created = await tx.checkIn.create({
        data: { activityId: activity.id, userId: actor.id, unitId },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "activity.checkIn",
        entity: "CheckIn",
        entityId: created.id,
        unitId,
        after: { activityId: activity.id },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("activities.checkin.alreadyCheckedIn");
    throw error;
  }
}
