import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { CurrentUser } from "@/lib/core/auth/session";
import { lockMeeting, noticeValues } from "./lock-meeting";
import type { CancelMeetingInput } from "./schemas";

/** Cancels a meeting that has not started, with a reason every invited unit is told. */
export async function cancelMeeting(actor: CurrentUser, input: CancelMeetingInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.status === "CANCELLED") throw new DomainError("meetings.meeting.errors.alreadyCancelled");
    if (meeting.status === "HELD" || meeting.startsAt.getTime() <= now.getTime()) {
      throw new DomainError("meetings.meeting.errors.startedNotCancellable");
    }
    await tx.meeting.update({
      where: { id: meeting.id },
      data: { status: "CANCELLED", cancelReason: input.reason, version: { increment: 1 } },
    });
    const invited = await tx.meetingInvitation.findMany({
      where: { meetingId: meeting.id },
      select: { unitId: true },
    });
    for (const { unitId } of invited) {
      await notifyUnit(
        tx,
        unitId,
        "MEETING_CANCELLED",
        { meetingId: meeting.id },
        { ...noticeValues(meeting), reason: input.reason },
      );
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "meeting.cancel",
      entity: "Meeting",
      entityId: meeting.id,
      before: { status: meeting.status },
      after: { status: "CANCELLED", cancelReason: input.reason },
    });
  });
}
