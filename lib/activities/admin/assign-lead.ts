import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { busyTransaction } from "@/lib/activities/lifecycle/lock-activity";
import { assertTransition } from "@/lib/activities/lifecycle/transitions";
import { lockItem } from "./item-rules";
import type { AssignLeadInput } from "./schemas";

// Admins set, change or remove an item's lead unit. The per-unit lead limit is checked under
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
    const item = await lockItem(tx, input.id);
    const status = assertTransition("assignLead", item.status, "activities.admin.leadLocked");
    if (item.leadUnitId === input.unitId)
      throw new DomainError("activities.admin.alreadyLead", undefined, "unitId");
    const plan = await tx.planYear.findUniqueOrThrow({ where: { year: item.year } });
    const leading = await tx.activity.count({
      where: { year: item.year, leadUnitId: unit.id, status: { not: "CANCELLED" } },
    });
    if (leading >= plan.maxLeadsPerUnit) {
      throw new DomainError("activities.admin.leadLimit", { max: plan.maxLeadsPerUnit }, "unitId");
    }
    await tx.activity.update({
      where: { id: item.id },
      data: {
        leadUnitId: unit.id,
        // A planned item becomes claimed; one already under way keeps its stage.
        status,
        claimedAt: new Date(),
        version: { increment: 1 },
      },
    });
    const values = { title: item.title, unit: unit.name };
    await notifyUnit(tx, unit.id, "CLAIM_REASSIGNED", item.id, values);
    if (item.leadUnitId !== null) await notifyUnit(tx, item.leadUnitId, "CLAIM_REASSIGNED", item.id, values);
    await recordAudit(tx, {
      actorId,
      action: item.leadUnitId === null ? "activity.assignLead" : "activity.reassignLead",
      entity: "Activity",
      entityId: item.id,
      unitId: unit.id,
      before: { leadUnitId: item.leadUnitId, status: item.status },
      after: { leadUnitId: unit.id },
    });
  }, busyTransaction);
}

/** Takes the lead away: the item is open for claims again. */
export async function unassignLead(actorId: number, id: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const item = await lockItem(tx, id);
    if (item.leadUnitId === null) throw new DomainError("activities.admin.noLead");
    const status = assertTransition("unassignLead", item.status, "activities.admin.leadLocked");
    await tx.activity.update({
      where: { id },
      data: { leadUnitId: null, status, claimedAt: null, version: { increment: 1 } },
    });
    await notifyUnit(tx, item.leadUnitId, "CLAIM_REASSIGNED", id, { title: item.title, unit: "" });
    await recordAudit(tx, {
      actorId,
      action: "activity.unassignLead",
      entity: "Activity",
      entityId: id,
      unitId: item.leadUnitId,
      before: { leadUnitId: item.leadUnitId, status: item.status },
      after: { leadUnitId: null, status },
    });
  });
}
