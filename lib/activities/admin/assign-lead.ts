import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { busyTransaction, lockActivity } from "@/lib/activities/lifecycle/lock-activity";
import { assertTransition } from "@/lib/activities/lifecycle/transitions";
import type { AssignLeadInput } from "./schemas";

const notFound = { notFound: "activities.admin.activityNotFound" };

// Admins set, change or remove an activity's lead unit. The per-unit lead limit is checked under
// the same advisory lock (year, unit) that secretaries' claims take, so the two serialise.

export async function assignLead(actorId: number, input: AssignLeadInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await tx.activity.findUnique({ where: { id: input.id }, select: { year: true } });
    if (!found) throw new DomainError("activities.admin.activityNotFound");
    const unit = await tx.unit.findUnique({
      where: { id: input.unitId },
      select: { id: true, name: true, status: true },
    });
    if (!unit || unit.status !== "ACTIVE") {
      throw new DomainError("activities.admin.unitNotActive", undefined, "unitId");
    }
    // The advisory lock first, then the row: the order a claim takes them, so they never deadlock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${found.year}::int, ${unit.id}::int)`;
    const activity = await lockActivity(tx, input.id, notFound);
    const status = assertTransition("assignLead", activity.status, "activities.admin.leadLocked");
    if (activity.leadUnitId === input.unitId)
      throw new DomainError("activities.admin.alreadyLead", undefined, "unitId");
    const plan = await tx.planYear.findUniqueOrThrow({ where: { year: activity.year } });
    const leading = await tx.activity.count({
      where: { year: activity.year, leadUnitId: unit.id, status: { not: "CANCELLED" } },
    });
    if (leading >= plan.maxLeadsPerUnit) {
      throw new DomainError("activities.admin.leadLimit", { max: plan.maxLeadsPerUnit }, "unitId");
    }
    await tx.activity.update({
      where: { id: activity.id },
      data: {
        leadUnitId: unit.id,
        // A planned activity becomes claimed; one already under way keeps its stage.
        status,
        claimedAt: new Date(),
        version: { increment: 1 },
      },
    });
    const values = { title: activity.title, unit: unit.name };
    await notifyUnit(tx, unit.id, "CLAIM_REASSIGNED", activity.id, values);
    if (activity.leadUnitId !== null)
      await notifyUnit(tx, activity.leadUnitId, "CLAIM_REASSIGNED", activity.id, values);
    await recordAudit(tx, {
      actorId,
      action: activity.leadUnitId === null ? "activity.assignLead" : "activity.reassignLead",
      entity: "Activity",
      entityId: activity.id,
      unitId: unit.id,
      before: { leadUnitId: activity.leadUnitId, status: activity.status },
      after: { leadUnitId: unit.id },
    });
  }, busyTransaction);
}

/** Takes the lead away: the activity is open for claims again. */
export async function unassignLead(actorId: number, id: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, id, notFound);
    if (activity.leadUnitId === null) throw new DomainError("activities.admin.noLead");
    const status = assertTransition("unassignLead", activity.status, "activities.admin.leadLocked");
    await tx.activity.update({
      where: { id },
      data: { leadUnitId: null, status, claimedAt: null, version: { increment: 1 } },
    });
    await notifyUnit(tx, activity.leadUnitId, "CLAIM_REASSIGNED", id, { title: activity.title, unit: "" });
    await recordAudit(tx, {
      actorId,
      action: "activity.unassignLead",
      entity: "Activity",
      entityId: id,
      unitId: activity.leadUnitId,
      before: { leadUnitId: activity.leadUnitId, status: activity.status },
      after: { leadUnitId: null, status },
    });
  });
}
