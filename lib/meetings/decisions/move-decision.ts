import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
import { assertMinutesWriter } from "@/lib/meetings/access";
import { lockMeeting } from "@/lib/meetings/lock-meeting";
import type { MoveDecisionInput } from "./schemas";

/**
 * Moves a decision one place up or down in its meeting's list. The meeting row lock makes
 * concurrent moves and adds run one after another; positions are renumbered 0..n-1.
 */
export async function moveDecision(actor: CurrentUser, input: MoveDecisionInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const target = await tx.decision.findUnique({
      where: { id: input.decisionId },
      select: { meetingId: true },
    });
    if (!target) throw new DomainError("meetings.decisions.errors.notFound");
    const meeting = await lockMeeting(tx, target.meetingId, {
      notFound: "meetings.decisions.errors.meetingNotFound",
    });
    assertMinutesWriter(actor, meeting);
    const order = (
      await tx.decision.findMany({
        where: { meetingId: meeting.id },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true },
      })
    ).map((row) => row.id);
    const from = order.indexOf(input.decisionId);
    // Removed between the read and the lock: nothing to move.
    if (from === -1) throw new DomainError("meetings.decisions.errors.notFound");
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return; // already first or last: nothing changes
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [position, id] of order.entries()) {
      await tx.decision.update({ where: { id }, data: { position } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "decision.move",
      entity: "Decision",
      entityId: input.decisionId,
      after: { meetingId: meeting.id, order },
    });
  });
}
