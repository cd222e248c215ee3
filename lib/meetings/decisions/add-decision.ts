import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import type { CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import { assertMinutesWriter } from "@/lib/meetings/access";
import { lockMeeting } from "@/lib/meetings/lock-meeting";
import { assertActiveUnit } from "./guards";
import { isoDay } from "./order";
import type { AddDecisionInput } from "./schemas";

/**
 * Lists a new decision of a meeting (last in order) and tells the owner unit's secretaries.
 * Refused for a cancelled meeting, an inactive owner unit and anyone but the meeting's writers.
 */
export async function addDecision(actor: CurrentUser, input: AddDecisionInput): Promise<number> {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId, {
      notFound: "meetings.decisions.errors.meetingNotFound",
    });
    assertMinutesWriter(actor, meeting);
    if (meeting.status === "CANCELLED") throw new DomainError("meetings.decisions.errors.meetingCancelled");
    await assertActiveUnit(tx, input.ownerUnitId);
    const last = await tx.decision.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } });
    const decision = await tx.decision.create({
      data: {
        meetingId: meeting.id,
        position: (last._max.position ?? -1) + 1,
        title: input.title,
        ownerUnitId: input.ownerUnitId,
        dueOn: input.dueOn,
      },
      select: { id: true },
    });
    await notifyUnit(
      tx,
      input.ownerUnitId,
      "DECISION_ASSIGNED",
      { meetingId: meeting.id },
      {
        title: meeting.title,
        date: isoDay(input.dueOn),
      },
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "decision.add",
      entity: "Decision",
      entityId: decision.id,
      unitId: input.ownerUnitId,
      after: {
        meetingId: meeting.id,
        title: input.title,
        ownerUnitId: input.ownerUnitId,
        dueOn: isoDay(input.dueOn),
      },
    });
    return decision.id;
  });
}
