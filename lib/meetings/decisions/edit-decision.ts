import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { CurrentUser } from "@/lib/core/auth/session";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { assertMinutesWriter } from "@/lib/meetings/access";
import { assertActiveUnit, assertDecisionVersion, lockDecision } from "./guards";
import { isoDay } from "./order";
import type { EditDecisionInput } from "./schemas";

/**
 * Changes a decision's text, owner or due date, based on the version the form showed. A new
 * owner must be an active unit and is told (the previous owner keeps its history, if any).
 */
export async function editDecision(actor: CurrentUser, input: EditDecisionInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const decision = await lockDecision(tx, input.decisionId);
    assertMinutesWriter(actor, decision);
    assertDecisionVersion(decision, input.version);
    const ownerChanged = decision.ownerUnitId !== input.ownerUnitId;
    if (ownerChanged) await assertActiveUnit(tx, input.ownerUnitId);
    await tx.decision.update({
      where: { id: decision.id },
      data: {
        title: input.title,
        ownerUnitId: input.ownerUnitId,
        dueOn: input.dueOn,
        version: { increment: 1 },
      },
    });
    if (ownerChanged) {
      await notifyUnit(
        tx,
        input.ownerUnitId,
        "DECISION_ASSIGNED",
        { meetingId: decision.meetingId },
        {
          title: decision.meetingTitle,
          date: isoDay(input.dueOn),
        },
      );
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "decision.edit",
      entity: "Decision",
      entityId: decision.id,
      unitId: input.ownerUnitId,
      before: { title: decision.title, ownerUnitId: decision.ownerUnitId, dueOn: isoDay(decision.dueOn) },
      after: { title: input.title, ownerUnitId: input.ownerUnitId, dueOn: isoDay(input.dueOn) },
    });
  });
}
