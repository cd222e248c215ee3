import { recordAudit } from "@/lib/core/audit/record-audit";
import type { CurrentUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { lockMinutes, refuseIfPublished } from "./lock-minutes";
import type { SaveMinutesInput } from "./schemas";

/**
 * Keeps the writer's unsaved text (one draft per writer and meeting) so a closed tab or a lost
 * connection loses nothing. Runs every few seconds while typing.
 */
export async function autosaveMinutesDraft(actor: CurrentUser, input: SaveMinutesInput): Promise<Date> {
  return db.$transaction(async (tx) => {
    // Locking the minutes row orders a draft after a concurrent publish, which then refuses it.
    const minutes = await lockMinutes(tx, actor, input.meetingId);
    refuseIfPublished(minutes);
    if (input.baseVersion > minutes.currentVersion)
      throw new DomainError("meetings.minutes.errors.unknownBase");
    const key = { meetingId_userId: { meetingId: input.meetingId, userId: actor.id } };
    const existing = await tx.minutesDraft.findUnique({ where: key, select: { baseNumber: true } });
    const draft = await tx.minutesDraft.upsert({
      where: key,
      create: {
        meetingId: input.meetingId,
        userId: actor.id,
        body: input.body,
        baseNumber: input.baseVersion,
      },
      update: { body: input.body, baseNumber: input.baseVersion },
      select: { updatedAt: true },
    });
    // Audit records a draft when it starts, not every autosave tick: a draft is private, unsaved
    // work replaced every few seconds, and one entry per tick would bury the real changes (the
    // versions it leads to are audited with their full history).
    if (!existing) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "minutes.startDraft",
        entity: "MinutesDraft",
        entityId: `${input.meetingId}:${actor.id}`,
        unitId: minutes.meeting.hostUnitId,
        after: { baseNumber: input.baseVersion },
      });
    }
    return draft.updatedAt;
  });
}
