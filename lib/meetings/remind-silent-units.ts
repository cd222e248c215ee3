import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { CurrentUser } from "@/lib/core/auth/session";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import { reminderPauseMs, remindedRecently } from "./form-values";
import { lockMeeting, noticeValues } from "./lock-meeting";
import type { RemindInput } from "./schemas";

/**
 * Reminds the invited units that have not answered (or one of them) before the meeting starts.
 * Units reminded less than an hour ago are skipped; if that leaves nobody, the admin is told
 * when they can remind again. Returns how many units were reminded.
 */
export async function remindSilentUnits(actor: CurrentUser, input: RemindInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.status === "CANCELLED") throw new DomainError("meetings.meeting.errors.meetingCancelled");
    if (meeting.status === "HELD" || meeting.startsAt.getTime() <= now.getTime()) {
      throw new DomainError("meetings.meeting.errors.remindAfterStart");
    }
    if (input.unitId !== null) {
      const one = await tx.meetingInvitation.findUnique({
        where: { meetingId_unitId: { meetingId: meeting.id, unitId: input.unitId } },
        select: { response: true },
      });
      if (!one) throw new DomainError("meetings.meeting.errors.unitNotInvited");
      if (one.response !== "PENDING") throw new DomainError("meetings.meeting.errors.alreadyAnswered");
    }
    const pending = await tx.meetingInvitation.findMany({
      where: {
        meetingId: meeting.id,
        response: "PENDING",
        ...(input.unitId !== null ? { unitId: input.unitId } : {}),
      },
      select: { id: true, unitId: true, lastRemindedAt: true },
    });
    if (pending.length === 0) throw new DomainError("meetings.meeting.errors.noSilentUnits");
    const due = pending.filter((row) => !remindedRecently(row.lastRemindedAt, now));
    if (due.length === 0) {
      const latest = Math.max(...pending.map((row) => row.lastRemindedAt!.getTime()));
      throw new DomainError("meetings.meeting.errors.remindedRecently", {
        time: formatBeijingDateTime(new Date(latest + reminderPauseMs)).slice(11),
      });
    }
    await tx.meetingInvitation.updateMany({
      where: { id: { in: due.map((row) => row.id) } },
      data: { lastRemindedAt: now },
    });
    for (const { unitId } of due) {
      await notifyUnit(tx, unitId, "MEETING_REMINDER", { meetingId: meeting.id }, noticeValues(meeting));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "meeting.remind",
      entity: "Meeting",
      entityId: meeting.id,
      after: { unitIds: due.map((row) => row.unitId) },
    });
    return due.length;
  });
}
