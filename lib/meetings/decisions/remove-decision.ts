import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
import { assertMinutesWriter } from "@/lib/meetings/access";
import { assertDecisionVersion, lockDecision } from "./guards";
import { isoDay } from "./order";
import type { RemoveDecisionInput } from "./schemas";

/**
 * Removes a decision listed by mistake. Once its owner has reported on it the record is part
 * of the meeting's history: it is refused, and the writer marks it dropped instead.
 */
export async function removeDecision(actor: CurrentUser, input: RemoveDecisionInput): Promise<void> {
  await db.$transaction(async (tx) => {
    // The row lock makes a concurrent status update finish first, so its history is counted.
    const decision = await lockDecision(tx, input.decisionId);
    assertMinutesWriter(actor, decision);
    assertDecisionVersion(decision, input.version);
    const updates = await tx.decisionUpdate.count({ where: { decisionId: decision.id } });
    if (updates > 0) throw new DomainError("meetings.decisions.errors.hasUpdates");
    await tx.decision.delete({ where: { id: decision.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "decision.remove",
      entity: "Decision",
      entityId: decision.id,
      unitId: decision.ownerUnitId,
      before: {
        meetingId: decision.meetingId,
        title: decision.title,
        ownerUnitId: decision.ownerUnitId,
        dueOn: isoDay(decision.dueOn),
        status: decision.status,
      },
    });
  });
}
