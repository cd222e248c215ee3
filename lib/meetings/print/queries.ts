import "server-only";
import type { CurrentUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { getAgenda } from "@/lib/meetings/agenda/queries";
import { getAttendance } from "@/lib/meetings/attendance/queries";
import { areDecisionsPublic, getMeetingDecisions } from "@/lib/meetings/decisions/queries";
import { getPublishedMinutes } from "@/lib/meetings/minutes/queries";
import { canWriteMinutes, hasMeetingStarted } from "@/lib/meetings/access";

/** The current text for writers before publishing, marked as a draft on paper. */
async function getDraftMinutes(meetingId: number) {
  const minutes = await db.meetingMinutes.findUnique({
    where: { meetingId },
    select: { currentVersion: true },
  });
  if (!minutes || minutes.currentVersion === 0) return null;
  return db.minutesVersion.findUnique({
    where: { meetingId_number: { meetingId, number: minutes.currentVersion } },
    select: { number: true, body: true },
  });
}

/**
 * Everything the print page shows, each part only as far as `viewer` may read it: attendance
 * and decisions for members (decisions for visitors once the minutes are public), the
 * published minutes, or the current draft for those who write them.
 */
export async function getMeetingForPrint(meetingId: number, viewer: CurrentUser | null) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      kind: true,
      title: true,
      status: true,
      cancelReason: true,
      startsAt: true,
      endsAt: true,
      place: true,
      onlineUrl: true,
      isPublic: true,
      hostUnitId: true,
      venue: { select: { name: true, address: true } },
      hostUnit: { select: { name: true } },
    },
  });
  if (!meeting) return null;
  const member = viewer !== null;
  const writer = canWriteMinutes(viewer, meeting);
  const [agenda, attendance, published, draft, decisionsVisible] = await Promise.all([
    getAgenda(meetingId),
    member ? getAttendance(meetingId) : null,
    getPublishedMinutes(meetingId, viewer),
    writer ? getDraftMinutes(meetingId) : null,
    member ? true : areDecisionsPublic(meetingId),
  ]);
  const decisions = decisionsVisible ? await getMeetingDecisions(meetingId) : null;
  return {
    meeting: { ...meeting, onlineUrl: member ? meeting.onlineUrl : null },
    agenda,
    // Before the start there is nothing to print unless units already checked in (the window
    // opens an hour early).
    attendance:
      attendance && (hasMeetingStarted(meeting) || attendance.totals.notCheckedIn < attendance.totals.invited)
        ? attendance
        : null,
    minutes: published
      ? { draft: false as const, body: published.body, errata: published.errata }
      : draft
        ? { draft: true as const, body: draft.body, errata: [] }
        : null,
    decisions,
  };
}
export type MeetingForPrint = NonNullable<Awaited<ReturnType<typeof getMeetingForPrint>>>;
