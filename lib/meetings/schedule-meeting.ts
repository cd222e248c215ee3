import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { CurrentUser } from "@/lib/core/auth/session";
import { assertActiveUnits, assertVenue, noticeValues } from "./lock-meeting";
import type { ScheduleMeetingInput } from "./schemas";

/**
 * Schedules a meeting and invites the chosen units (all active ones by default in the form);
 * every invited unit is told in the same transaction.
 */
export async function scheduleMeeting(
  actor: CurrentUser,
  input: ScheduleMeetingInput,
  now = new Date(),
): Promise<number> {
  if (input.startsAt.getTime() <= now.getTime()) {
    throw new DomainError("meetings.meeting.errors.startsInPast", undefined, "startsAt");
  }
  const invite = [...new Set(input.invite)];
  return db.$transaction(async (tx) => {
    await assertVenue(tx, input.venueId);
    await assertActiveUnits(tx, invite, "invite");
    if (input.hostUnitId !== null) await assertActiveUnits(tx, [input.hostUnitId], "hostUnitId");
    const meeting = await tx.meeting.create({
      data: {
        kind: input.kind,
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        venueId: input.venueId,
        place: input.place,
        onlineUrl: input.onlineUrl || null,
        hostUnitId: input.hostUnitId,
        isPublic: input.isPublic,
        invitations: { create: invite.map((unitId) => ({ unitId })) },
      },
      select: { id: true, title: true, startsAt: true },
    });
    for (const unitId of invite) {
      await notifyUnit(tx, unitId, "MEETING_INVITED", { meetingId: meeting.id }, noticeValues(meeting));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "meeting.schedule",
      entity: "Meeting",
      entityId: meeting.id,
      after: { ...input, onlineUrl: input.onlineUrl || null, invite },
    });
    return meeting.id;
  });
}
