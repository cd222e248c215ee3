import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { lockMeeting } from "./lock-meeting";
import type { MeetingIdInput } from "./schemas";

/** SCHEDULED → HELD, once the meeting has started. */
export async function markMeetingHeld(actor: CurrentUser, input: MeetingIdInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.status === "CANCELLED") throw new DomainError("meetings.meeting.errors.cancelledLocked");
    if (meeting.status === "HELD") throw new DomainError("meetings.meeting.errors.alreadyHeld");
    if (meeting.startsAt.getTime() > now.getTime())
      throw new DomainError("meetings.meeting.errors.notStartedYet");
    await tx.meeting.update({
      where: { id: meeting.id },
      data: { status: "HELD", version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "meeting.markHeld",
      entity: "Meeting",
      entityId: meeting.id,
      before: { status: meeting.status },
      after: { status: "HELD" },
    });
  });
}
