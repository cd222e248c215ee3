import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { revokeUnitSessions } from "@/lib/core/auth/revoke-sessions";
import { DomainError } from "@/lib/core/errors";
import { canTake, checkEffectiveDate, dateOnly, lifecycleSteps, type LifecycleStep } from "./lifecycle";
import { beijingDate } from "@/lib/core/time/beijing";
import type { StatusChangeInput } from "./schemas";

/**
 * Suspends, reactivates or withdraws a unit. The update applies only while the unit still has
 * the status the admin saw, so of two admins acting at once one wins and the other is told.
 * The status, its history row and the audit record are written together or not at all.
 * Secretaries of a unit that is no longer ACTIVE lose access on their next request, because
 * getCurrentUser re-reads the unit's status every time; their sessions are also revoked, so
 * reactivating the unit later does not bring an old copied cookie back to life.
 */
export async function changeUnitStatus(
  actorId: number,
  step: LifecycleStep,
  input: StatusChangeInput,
  now: Date = new Date(),
): Promise<void> {
  const toStatus = lifecycleSteps[step].to;
  if (!canTake(step, input.fromStatus)) {
    throw new DomainError("units.admin.lifecycle.notAllowed", { step, status: input.fromStatus });
  }
  await db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({
      where: { id: input.id },
      select: {
        status: true,
        joinedOn: true,
        statusChanges: { orderBy: { effectiveOn: "desc" }, take: 1, select: { effectiveOn: true } },
      },
    });
    if (!unit) throw new DomainError("units.admin.notFound");
    if (unit.status !== input.fromStatus) {
      throw new DomainError("units.admin.lifecycle.statusChanged", { status: unit.status });
    }
    const effectiveOn = dateOnly(input.effectiveOn);
    const refusal = checkEffectiveDate(effectiveOn, {
      today: beijingDate(now),
      joinedOn: dateOnly(unit.joinedOn),
      lastChangeOn: unit.statusChanges[0] ? dateOnly(unit.statusChanges[0].effectiveOn) : null,
    });
    if (refusal) throw new DomainError(refusal.key, refusal.values, "effectiveOn");

    // The conditional update decides races: a concurrent change makes the count 0 here.
    const { count } = await tx.unit.updateMany({
      where: { id: input.id, status: input.fromStatus },
      data: { status: toStatus },
    });
    if (count !== 1) {
      const current = await tx.unit.findUniqueOrThrow({ where: { id: input.id }, select: { status: true } });
      throw new DomainError("units.admin.lifecycle.statusChanged", { status: current.status });
    }
    if (toStatus !== "ACTIVE") await revokeUnitSessions(tx, input.id);
    const change = await tx.unitStatusChange.create({
      data: {
        unitId: input.id,
        fromStatus: input.fromStatus,
        toStatus,
        reason: input.reason,
        effectiveOn: input.effectiveOn,
        actorId,
      },
    });
    await recordAudit(tx, {
      actorId,
      action: `unit.${step}`,
      entity: "Unit",
      entityId: input.id,
      unitId: input.id,
      before: { status: input.fromStatus },
      after: { status: toStatus, reason: input.reason, effectiveOn, statusChangeId: change.id },
    });
  });
}
