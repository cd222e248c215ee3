import { db } from "@/lib/core/db";
import { recordAudit } from "@/lib/core/audit/record-audit";
import { DomainError } from "@/lib/core/errors";
import type { CurrentUser } from "@/lib/core/auth/session";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import type { RecordAttendanceInput } from "./schemas";
import { lockMeeting } from "@/lib/meetings/lock-meeting";
import { findInvitation, upsertAttendance } from "./store";
import { canRecordAttendance, checkinOpensAt } from "./window";

/**
 * An admin ticks one invited unit: its status and how many people came. Allowed from the
 * check-in window's start on, also after the meeting to correct the record; it overrides
 * whatever the unit's own check-in said.
 */
export async function recordUnitAttendance(
  actor: CurrentUser,
  input: RecordAttendanceInput,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId, {
      mode: "share",
      notFound: "meetings.attendance.errors.meetingNotFound",
    });
    if (meeting.status === "CANCELLED") throw new DomainError("meetings.attendance.errors.cancelled");
    if (!canRecordAttendance(meeting, now)) {
      throw new DomainError("meetings.attendance.errors.notOpenYet", {
        time: formatBeijingDateTime(checkinOpensAt(meeting)),
      });
    }
    await findInvitation(tx, meeting.id, input.unitId);
    const after = { status: input.status, headcount: input.headcount, method: "ADMIN" as const };
    const before = await upsertAttendance(tx, {
      meetingId: meeting.id,
      unitId: input.unitId,
      ...after,
      recordedById: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "meeting.recordAttendance",
      entity: "MeetingAttendance",
      entityId: `${meeting.id}:${input.unitId}`,
      unitId: input.unitId,
      before,
      after,
    });
  });
}
