import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import { actingUnitOf } from "@/lib/core/auth/policy";
import type { CurrentUser } from "@/lib/core/auth/session";
import { isMeetingCheckinCodeValid } from "./code";
import type { MeetingCheckInInput } from "./schemas";
import { lockMeeting } from "@/lib/meetings/lock-meeting";
import { findInvitation, upsertAttendance } from "./store";
import { checkinOpensAt, checkinWindowState } from "./window";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";

/**
 * A secretary checks their unit in at the meeting with the code on the admin's screen (this
 * minute's or the last). The unit must be invited and the check-in window open; checking in
 * again only updates the number of people. A unit that sent a delegate is recorded as such.
 */
export async function checkInToMeeting(
  actor: CurrentUser,
  input: MeetingCheckInInput,
  now = new Date(),
): Promise<void> {
  // Only a secretary checks in, and only for their own unit.
  const unitId = actingUnitOf(actor);
  if (unitId === null) throw new DomainError("core.errors.forbidden");
  await db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId, {
      mode: "share",
      notFound: "meetings.attendance.errors.meetingNotFound",
    });
    const state = checkinWindowState(meeting, now);
    if (state === "cancelled") throw new DomainError("meetings.attendance.errors.cancelled");
    if (state === "notYet") {
      throw new DomainError("meetings.attendance.errors.notOpenYet", {
        time: formatBeijingDateTime(checkinOpensAt(meeting)),
      });
    }
    if (state === "closed") throw new DomainError("meetings.attendance.errors.closed");
    const invitation = await findInvitation(tx, meeting.id, unitId);
    if (!isMeetingCheckinCodeValid(meeting.id, input.code, now.getTime())) {
      throw new DomainError("meetings.attendance.errors.codeExpired", undefined, "code");
    }
    const status = invitation.response === "DELEGATE" ? "DELEGATE" : "PRESENT";
    const before = await upsertAttendance(tx, {
      meetingId: meeting.id,
      unitId,
      status,
      headcount: input.headcount,
      method: "QR_CODE",
      recordedById: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "meeting.checkIn",
      entity: "MeetingAttendance",
      entityId: `${meeting.id}:${unitId}`,
      unitId,
      before,
      after: { status, headcount: input.headcount, method: "QR_CODE" },
    });
  });
}
