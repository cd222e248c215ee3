import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { can } from "@/lib/core/auth/policy";
import type { CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
import { assertDecisionVersion, lockDecision } from "./guards";
import type { UpdateDecisionStatusInput } from "./schemas";

/**
 * The owner unit (or an admin) reports on a decision: a new status with a note, kept as
 * history. The same status with a note is a progress report and is allowed: owners of long
 * "in progress" items need to say where they stand without inventing a status change.
 * Any status may follow any other (a done item can be reopened), always with a note.
 */
export async function updateDecisionStatus(
  actor: CurrentUser,
  input: UpdateDecisionStatusInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const decision = await lockDecision(tx, input.decisionId);
    if (!can(actor, { action: "decision.update", ownerUnitId: decision.ownerUnitId })) {
      throw new DomainError("core.errors.forbidden");
    }
    assertDecisionVersion(decision, input.version);
    await tx.decision.update({
      where: { id: decision.id },
      data: { status: input.status, version: { increment: 1 } },
    });
    const update = await tx.decisionUpdate.create({
      data: {
        decisionId: decision.id,
        fromStatus: decision.status,
        toStatus: input.status,
        note: input.note,
        actorId: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "decision.updateStatus",
      entity: "Decision",
      entityId: decision.id,
      unitId: decision.ownerUnitId,
      before: { status: decision.status },
      after: { status: input.status, note: input.note, updateId: update.id },
    });
  });
}
