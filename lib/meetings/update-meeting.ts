import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { notifyUnit } from "@/lib/core/notifications/notify";
import type { CurrentUser } from "@/lib/core/auth/session";
import { diffInvitations } from "./form-values";
import { assertActiveUnits, assertVenue, lockMeeting, noticeValues } from "./lock-meeting";
import type { UpdateMeetingInput } from "./schemas";

// The form shows minutes: a time equal to the minute is unchanged (seeded rows may carry seconds).
const minute = 60_000;
const same = (a: Date | null, b: Date | null) =>
  a === null || b === null ? a === b : Math.floor(a.getTime() / minute) === Math.floor(b.getTime() / minute);

/**
 * Saves an edited meeting, only if nobody changed it since the form was loaded (version).
 * A new time or place is told to the units that stay invited; newly invited units get an
 * invitation; un-invited units lose theirs.
 */
export async function updateMeeting(actor: CurrentUser, input: UpdateMeetingInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.status === "CANCELLED") throw new DomainError("meetings.meeting.errors.cancelledLocked");
    if (meeting.version !== input.version) throw new DomainError("meetings.meeting.errors.staleVersion");
    const timeChanged = !same(meeting.startsAt, input.startsAt) || !same(meeting.endsAt, input.endsAt);
    if (!same(meeting.startsAt, input.startsAt) && input.startsAt.getTime() <= now.getTime()) {
      throw new DomainError("meetings.meeting.errors.startsInPast", undefined, "startsAt");
    }
    const onlineUrl = input.onlineUrl || null;
    const placeChanged =
      meeting.place !== input.place || meeting.venueId !== input.venueId || meeting.onlineUrl !== onlineUrl;
    if (meeting.venueId !== input.venueId) await assertVenue(tx, input.venueId);
    if (input.hostUnitId !== null && input.hostUnitId !== meeting.hostUnitId) {
      await assertActiveUnits(tx, [input.hostUnitId], "hostUnitId");
    }

    const current = await tx.meetingInvitation.findMany({
      where: { meetingId: meeting.id },
      select: { unitId: true },
    });
    const { added, removed, kept } = diffInvitations(
      current.map((row) => row.unitId),
      input.invite,
    );
    await assertActiveUnits(tx, added, "invite");

    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, version: input.version, status: { not: "CANCELLED" } },
      data: {
        kind: input.kind,
        title: input.title,
        startsAt: same(meeting.startsAt, input.startsAt) ? meeting.startsAt : input.startsAt,
        endsAt: same(meeting.endsAt, input.endsAt) ? meeting.endsAt : input.endsAt,
        venueId: input.venueId,
        place: input.place,
        onlineUrl,
        hostUnitId: input.hostUnitId,
        isPublic: input.isPublic,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new DomainError("meetings.meeting.errors.staleVersion");

    if (removed.length > 0) {
      await tx.meetingInvitation.deleteMany({ where: { meetingId: meeting.id, unitId: { in: removed } } });
    }
    if (added.length > 0) {
      await tx.meetingInvitation.createMany({
        data: added.map((unitId) => ({ meetingId: meeting.id, unitId })),
      });
    }
    const values = noticeValues(input);
    for (const unitId of added) {
      await notifyUnit(tx, unitId, "MEETING_INVITED", { meetingId: meeting.id }, values);
    }
    if (timeChanged || placeChanged) {
      for (const unitId of kept) {
        await notifyUnit(tx, unitId, "MEETING_CHANGED", { meetingId: meeting.id }, values);
      }
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "meeting.update",
      entity: "Meeting",
      entityId: meeting.id,
      before: meeting,
      after: { ...input, onlineUrl, invited: added, uninvited: removed },
    });
    for (const unitId of removed) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "meeting.uninvite",
        entity: "Meeting",
        entityId: meeting.id,
        unitId,
      });
    }
  });
}
