import { db, type Tx } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { AuditAction } from "@/lib/core/audit/actions";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { buildRotationInput } from "@/lib/rotation/build-input";
import { lockRotationYear } from "@/lib/rotation/lock";
import { evaluateSchedule } from "@/lib/rotation/scheduler";
import type { MoveDutyInput, SwapDutiesInput } from "./schemas";
import { readStoredCost, storedCost } from "./stored-cost";

type Duty = { unitId: number; month: number };

/**
 * Locks the draft's year, checks the form saw the current version, applies `change` to its
 * duties and stores them with the recomputed cost. A broken hard rule does not stop the edit
 * (it is a draft); the number of violations is returned so the page can warn.
 */
async function editDraft(
  actor: CurrentUser,
  target: { scheduleId: number; version: number },
  change: (duties: Duty[]) => Duty[],
  audit: { action: AuditAction; details: Record<string, unknown> },
): Promise<number> {
  return db.$transaction(async (tx) => {
    const schedule = await lockedDraft(tx, target.scheduleId, target.version);
    const next = change(schedule.assignments);
    const built = await buildRotationInput(tx, schedule.year);
    if (!built) throw new DomainError("rotation.admin.errors.yearMissing", { year: schedule.year });
    const { cost, violations } = evaluateSchedule(built.input, next);
    const optimal = readStoredCost(schedule.cost)?.optimalTotal ?? cost.total;
    await tx.rotationAssignment.deleteMany({ where: { scheduleId: schedule.id } });
    await tx.rotationAssignment.createMany({
      data: next.map((duty) => ({ scheduleId: schedule.id, ...duty })),
    });
    await tx.rotationSchedule.update({
      where: { id: schedule.id },
      data: {
        cost: storedCost(cost, optimal, readStoredCost(schedule.cost)?.proven),
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: audit.action,
      entity: "RotationSchedule",
      entityId: schedule.id,
      after: { ...audit.details, total: cost.total, optimalTotal: optimal, violations },
    });
    return violations.length;
  });
}

/** The draft, read after its year is locked; refused when gone, no longer a draft or stale. */
async function lockedDraft(tx: Tx, scheduleId: number, version: number) {
  const head = await tx.rotationSchedule.findUnique({ where: { id: scheduleId }, select: { year: true } });
  if (!head) throw new DomainError("rotation.admin.errors.scheduleMissing");
  await lockRotationYear(tx, head.year);
  const schedule = await tx.rotationSchedule.findUniqueOrThrow({
    where: { id: scheduleId },
    select: {
      id: true,
      year: true,
      status: true,
      version: true,
      cost: true,
      assignments: { select: { unitId: true, month: true }, orderBy: [{ month: "asc" }, { unitId: "asc" }] },
    },
  });
  if (schedule.status !== "DRAFT") throw new DomainError("rotation.admin.errors.notDraft");
  if (schedule.version !== version) throw new DomainError("rotation.admin.errors.stale");
  return schedule;
}

function withoutDuty(duties: Duty[], duty: Duty, field: string): Duty[] {
  const rest = duties.filter((row) => !(row.unitId === duty.unitId && row.month === duty.month));
  if (rest.length === duties.length)
    throw new DomainError("rotation.admin.errors.dutyMissing", undefined, field);
  return rest;
}

function addDuty(duties: Duty[], duty: Duty, field: string): Duty[] {
  if (duties.some((row) => row.unitId === duty.unitId && row.month === duty.month)) {
    throw new DomainError("rotation.admin.errors.alreadyServing", { month: duty.month }, field);
  }
  return [...duties, duty];
}

/** Moves one unit's duty from one month to another. */
export async function moveRotationDuty(actor: CurrentUser, input: MoveDutyInput): Promise<number> {
  return editDraft(
    actor,
    input,
    (duties) =>
      addDuty(
        withoutDuty(duties, input.duty, "duty"),
        { unitId: input.duty.unitId, month: input.toMonth },
        "toMonth",
      ),
    { action: "rotation.moveDuty", details: { duty: input.duty, toMonth: input.toMonth } },
  );
}

/** Exchanges two units' duty months: A takes B's month and B takes A's. */
export async function swapDraftDuties(actor: CurrentUser, input: SwapDutiesInput): Promise<number> {
  const { dutyA, dutyB } = input;
  return editDraft(
    actor,
    input,
    (duties) => {
      const rest = withoutDuty(withoutDuty(duties, dutyA, "dutyA"), dutyB, "dutyB");
      const withA = addDuty(rest, { unitId: dutyA.unitId, month: dutyB.month }, "dutyB");
      return addDuty(withA, { unitId: dutyB.unitId, month: dutyA.month }, "dutyA");
    },
    { action: "rotation.swapDuties", details: { dutyA, dutyB } },
  );
}
