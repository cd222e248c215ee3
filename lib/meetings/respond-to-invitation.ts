import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import type { RsvpResponse } from "@/lib/generated/prisma/enums";
import { lockMeeting } from "./lock-meeting";
import type { RespondInput } from "./schemas";

type LockedInvitation = {
  id: number;
  response: RsvpResponse;
  delegateName: string;
  excuseReason: string;
};

/**
 * A secretary answers their unit's invitation (attend, send a delegate, excused), and may change
 * the answer until the meeting starts. The meeting row is shared and the invitation row locked,
 * so an answer never races a cancellation or a new start time.
 */
export async function respondToInvitation(actor: CurrentUser, input: RespondInput): Promise<void> {
  const unitId = actor.unitId;
  if (unitId === null) throw new DomainError("meetings.meeting.errors.notInvited");
  await db.$transaction(async (tx) => {
    // Meeting first, then the invitation: the same order as edits and cancelling, so they queue
    // behind each other instead of deadlocking.
    const meeting = await lockMeeting(tx, input.meetingId, { mode: "share" });
    const rows = await tx.$queryRaw<LockedInvitation[]>`
      SELECT "id", "response", "delegateName", "excuseReason" FROM "MeetingInvitation"
      WHERE "meetingId" = ${input.meetingId} AND "unitId" = ${unitId}
      FOR UPDATE`;
    const invitation = rows[0];
    if (!invitation) throw new DomainError("meetings.meeting.errors.notInvited");
    if (meeting.status === "CANCELLED") throw new DomainError("meetings.meeting.errors.meetingCancelled");
    // Checked after the lock, with the clock of this moment: answers close when the meeting starts.
    if (meeting.status === "HELD" || meeting.startsAt.getTime() <= Date.now()) {
      throw new DomainError("meetings.meeting.errors.rsvpClosed");
    }
    const after = {
      response: input.response,
      delegateName: input.response === "DELEGATE" ? input.delegateName : "",
      excuseReason: input.response === "EXCUSED" ? input.excuseReason : "",
    };
    await tx.meetingInvitation.update({
      where: { id: invitation.id },
      data: { ...after, respondedAt: new Date(), respondedById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "meeting.respond",
      entity: "MeetingInvitation",
      entityId: invitation.id,
      unitId,
      before: {
        response: invitation.response,
        delegateName: invitation.delegateName,
        excuseReason: invitation.excuseReason,
      },
      after,
    });
  });
}
