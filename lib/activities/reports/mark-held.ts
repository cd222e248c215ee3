import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { earliestHeldDate, isoDay, shanghaiToday } from "./dates";
import { assertLead, assertVersion, lockActivity } from "./lead-activity";
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
    if (activity.status !== "CLOSED" && activity.status !== "OPEN")
      throw new DomainError("activities.reports.notClosed");
    assertVersion(activity, input.version);
    const earliest = earliestHeldDate(activity.year, activity.plannedMonth, activity.plannedDate);
    if (shanghaiToday(now) < earliest) {
      throw new DomainError("activities.reports.tooEarly", { date: isoDay(earliest) });
    }
    const { count } = await tx.activity.updateMany({
      where: { id: activity.id, status: activity.status, version: input.version },
      data: { status: "DONE", version: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("core.errors.staleVersion");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "activity.markHeld",
      entity: "Activity",
      entityId: activity.id,
      unitId: activity.leadUnitId,
      before: { status: activity.status },
      after: { status: "DONE" },
    });
  });
}
