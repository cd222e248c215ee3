import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { beijingToday } from "@/lib/core/time/beijing";
import { earliestHeldDate, isoDay } from "./dates";
import { assertLead, assertVersion, lockActivity } from "@/lib/activities/lifecycle/lock-activity";
import { assertTransition } from "@/lib/activities/lifecycle/transitions";
import type { ActivityVersionInput } from "./schemas";

/**
 * OPEN or CLOSED → DONE: the lead says the activity took place, on or after its planned date.
 * Holding it ends sign-up, so an open activity need not be closed first (one step less on the day).
 */
export async function markHeld(
  actor: CurrentUser,
  input: ActivityVersionInput,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, input.activityId);
    assertLead(activity, actor.unitId);
    const next = assertTransition("markHeld", activity.status, "activities.reports.notClosed");
    assertVersion(activity, input.version);
    const earliest = earliestHeldDate(activity.year, activity.plannedMonth, activity.plannedDate);
    if (beijingToday(now) < earliest) {
      throw new DomainError("activities.reports.tooEarly", { date: isoDay(earliest) });
    }
    const { count } = await tx.activity.updateMany({
      where: { id: activity.id, status: activity.status, version: input.version },
      data: { status: next, version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "activity.markHeld",
      entity: "Activity",
      entityId: activity.id,
      unitId: activity.leadUnitId,
      before: { status: activity.status },
      after: { status: next },
    });
  });
}
