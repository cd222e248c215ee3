import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { lockRotationYear } from "@/lib/rotation/lock";
import { buildRotationInput } from "@/lib/rotation/build-input";
import { readStoredCost, storedCost } from "@/lib/rotation/admin/stored-cost";
import { evaluateSchedule } from "@/lib/rotation/scheduler";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { CurrentUser } from "@/lib/core/auth/session";
import { checkSwap, formatYearMonth } from "./check-swap";
import { loadSwapContext } from "./load-context";
import { lockSwap, openStatuses, swapYear, type LockedSwap } from "./lock-swap";
import type { DecideSwapInput } from "./schemas";

/** approved / rejected, or "replaced": the schedule was superseded, so the swap was cancelled. */
export type SwapDecision = "approved" | "rejected" | "replaced";

/**
 * An admin approves or rejects an open swap. Approving applies it atomically: the year lock is
 * taken first (so no regeneration or publish interleaves), every rule is re-checked against the
 * schedule as it is now, both duties move in one transaction and other open swaps of those
 * duties are cancelled. A swap on a schedule that is no longer the published one is cancelled.
 */
export async function decideRotationSwap(actor: CurrentUser, input: DecideSwapInput): Promise<SwapDecision> {
  return db.$transaction(async (tx) => {
    await lockRotationYear(tx, await swapYear(tx, input.swapId));
    const swap = await lockSwap(tx, input.swapId);
    if (!openStatuses.includes(swap.status)) throw new DomainError("rotation.unit.errors.swapClosed");
    if (swap.version !== input.version) throw new DomainError("rotation.unit.errors.stale");
    if (input.decision === "REJECT") {
      await closeSwap(tx, actor, swap, "REJECTED", input.answerNote);
      await notifyDecision(tx, swap, "REJECTED", input.answerNote);
      return "rejected";
    }
    if (swap.status !== "ACCEPTED") throw new DomainError("rotation.unit.errors.swapNotAccepted");
    const schedule = await tx.rotationSchedule.findUniqueOrThrow({
      where: { id: swap.scheduleId },
      select: { status: true, version: true, cost: true },
    });
    if (schedule.status !== "PUBLISHED") {
      // Committed on purpose (not thrown): the swap no longer makes sense on a newer version.
      await closeSwap(tx, actor, swap, "CANCELLED", "");
      return "replaced";
    }
    const context = await loadSwapContext(tx, { id: swap.scheduleId, year: swap.year }, [
      swap.fromUnitId,
      swap.toUnitId,
    ]);
    const problem = checkSwap(swap, context);
    if (problem) throw new DomainError(problem.key, problem.values);

    const before = [
      { unitId: swap.fromUnitId, month: swap.fromMonth },
      { unitId: swap.toUnitId, month: swap.toMonth },
    ];
    const after = [
      { unitId: swap.fromUnitId, month: swap.toMonth },
      { unitId: swap.toUnitId, month: swap.fromMonth },
    ];
    const deleted = await tx.rotationAssignment.deleteMany({
      where: { scheduleId: swap.scheduleId, OR: before },
    });
    if (deleted.count !== 2) throw new DomainError("rotation.unit.errors.stale");
    // The primary key (schedule, unit, month) refuses a duplicate duty outright.
    await tx.rotationAssignment.createMany({
      data: after.map((duty) => ({ scheduleId: swap.scheduleId, ...duty })),
    });
    // The stored explanation follows the duties: the cost is recomputed for the swapped
    // schedule (the optimum it was generated with is kept, so the page shows what swaps cost).
    const cost = await recomputeCost(tx, swap.scheduleId, swap.year, schedule.cost);
    await tx.rotationSchedule.update({
      where: { id: swap.scheduleId },
      data: { version: { increment: 1 }, ...(cost ? { cost } : {}) },
    });
    await closeSwap(tx, actor, swap, "APPROVED", input.answerNote);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rotation.applySwap",
      entity: "RotationSchedule",
      entityId: swap.scheduleId,
      before: { swapId: swap.id, duties: before, version: schedule.version },
      after: { swapId: swap.id, duties: after, version: schedule.version + 1 },
    });
    // Other open requests on either duty refer to months that moved.
    await tx.rotationSwap.updateMany({
      where: {
        scheduleId: swap.scheduleId,
        id: { not: swap.id },
        status: { in: openStatuses },
        OR: before.flatMap((duty) => [
          { fromUnitId: duty.unitId, fromMonth: duty.month },
          { toUnitId: duty.unitId, toMonth: duty.month },
        ]),
      },
      data: { status: "CANCELLED", version: { increment: 1 } },
    });
    await notifyDecision(tx, swap, "APPROVED", input.answerNote);
    return "approved";
  });
}

async function recomputeCost(tx: Tx, scheduleId: number, year: number, stored: unknown) {
  const built = await buildRotationInput(tx, year);
  if (!built) return null;
  const duties = await tx.rotationAssignment.findMany({
    where: { scheduleId },
    select: { unitId: true, month: true },
  });
  const { cost } = evaluateSchedule(built.input, duties);
  const previous = readStoredCost(stored);
  return storedCost(cost, previous?.optimalTotal ?? cost.total, previous?.proven);
}

async function closeSwap(
  tx: Tx,
  actor: CurrentUser,
  swap: LockedSwap,
  status: "APPROVED" | "REJECTED" | "CANCELLED",
  answerNote: string,
) {
  await tx.rotationSwap.update({
    where: { id: swap.id },
    data: { status, decidedById: actor.id, version: { increment: 1 }, ...(answerNote ? { answerNote } : {}) },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "rotation.decideSwap",
    entity: "RotationSwap",
    entityId: swap.id,
    before: { status: swap.status },
    after: { status, answerNote },
  });
}

async function notifyDecision(tx: Tx, swap: LockedSwap, status: "APPROVED" | "REJECTED", note: string) {
  const approved = status === "APPROVED";
  const month = (unitMonth: number, otherMonth: number) =>
    formatYearMonth(swap.year, approved ? otherMonth : unitMonth);
  await notifyUnit(tx, swap.fromUnitId, "ROTATION_SWAP_DECIDED", null, {
    title: status,
    date: month(swap.fromMonth, swap.toMonth),
    reason: note,
  });
  await notifyUnit(tx, swap.toUnitId, "ROTATION_SWAP_DECIDED", null, {
    title: status,
    date: month(swap.toMonth, swap.fromMonth),
    reason: note,
  });
}
