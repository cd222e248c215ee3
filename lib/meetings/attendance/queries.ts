import "server-only";
import { db } from "@/lib/core/db";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { meetingTimeSelect } from "@/lib/meetings/queries";
import { countAttendance, effectiveStatus, type AttendanceStatusName } from "./rates";
import { hasMeetingEnded } from "./window";

export type AttendanceRow = {
  unitId: number;
  unitName: string;
  /** The invitation's answer: PENDING, ATTEND, DELEGATE or EXCUSED. */
  rsvp: string;
  delegateName: string;
  /** What was recorded (null: nothing yet). */
  recorded: AttendanceStatusName | null;
  /** What it amounts to now: null while the meeting runs and the unit has not checked in. */
  status: AttendanceStatusName | null;
  headcount: number;
  method: "QR_CODE" | "ADMIN" | null;
};

export type AttendanceTotals = Record<AttendanceStatusName, number> & {
  invited: number;
  notCheckedIn: number;
  people: number;
};

/**
 * Attendance of one meeting per invited unit (name order), with totals; null for an unknown
 * meeting. Used by the meeting page, the admin page and the print page.
 */
export async function getAttendance(meetingId: number, now = new Date()) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      ...meetingTimeSelect,
      invitations: {
        select: {
          unitId: true,
          response: true,
          delegateName: true,
          unit: { select: { name: true } },
        },
      },
      attendance: { select: { unitId: true, status: true, headcount: true, method: true } },
    },
  });
  if (!meeting) return null;
  const ended = hasMeetingEnded(meeting, now);
  const recordedBy = new Map(meeting.attendance.map((row) => [row.unitId, row]));
  const rows: AttendanceRow[] = meeting.invitations
    .map((invitation) => {
      const record = recordedBy.get(invitation.unitId);
      return {
        unitId: invitation.unitId,
        unitName: invitation.unit.name,
        rsvp: invitation.response,
        delegateName: invitation.delegateName,
        recorded: record?.status ?? null,
        status: effectiveStatus(record?.status ?? null, invitation.response, ended),
        headcount: record?.headcount ?? 0,
        method: record?.method ?? null,
      };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName, "zh-CN"));
  const totals: AttendanceTotals = {
    PRESENT: 0,
    DELEGATE: 0,
    EXCUSED: 0,
    ABSENT: 0,
    invited: rows.length,
    notCheckedIn: 0,
    people: 0,
  };
  for (const row of rows) {
    if (row.status) totals[row.status] += 1;
    else totals.notCheckedIn += 1;
    totals.people += row.headcount;
  }
  const { invitations: _invitations, attendance: _attendance, ...info } = meeting;
  return { meeting: info, ended, rows, totals };
}

/** What the secretary's check-in page needs: the meeting, the unit's invitation and record. */
export async function getCheckinMeeting(meetingId: number, unitId: number) {
  return db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      ...meetingTimeSelect,
      invitations: { where: { unitId }, select: { response: true } },
      attendance: { where: { unitId }, select: { status: true, headcount: true } },
    },
  });
}

/**
 * A unit's attendance per year (Beijing time), newest first: meetings it was invited to that
 * have ended and were not cancelled. The current year is always there, even with no meetings.
 */
export async function getUnitAttendanceByYear(unitId: number, now = new Date()) {
  const invitations = await db.meetingInvitation.findMany({
    where: { unitId, meeting: { status: { not: "CANCELLED" }, startsAt: { lte: now } } },
    select: {
      response: true,
      meeting: {
        select: {
          startsAt: true,
          endsAt: true,
          attendance: { where: { unitId }, select: { status: true } },
        },
      },
    },
  });
  const currentYear = beijingYearMonth(now).year;
  const byYear = new Map<number, AttendanceStatusName[]>([[currentYear, []]]);
  for (const { response, meeting } of invitations) {
    if (!hasMeetingEnded(meeting, now)) continue;
    const { year } = beijingYearMonth(meeting.startsAt);
    const status = effectiveStatus(meeting.attendance[0]?.status ?? null, response, true)!;
    byYear.set(year, [...(byYear.get(year) ?? []), status]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, statuses]) => ({ year, ...countAttendance(statuses) }));
}
