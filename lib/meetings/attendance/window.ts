// When a meeting's check-in is open: from an hour before the start (people arrive early) until
// the end, or four hours after the start when no end was set. Cancelled meetings never open.

const hour = 3_600_000;
export const checkinOpensBeforeMs = hour;
export const assumedDurationMs = 4 * hour;

export type WindowMeeting = { startsAt: Date; endsAt: Date | null; status: string };

export type CheckinWindowState = "open" | "notYet" | "closed" | "cancelled";

export function checkinOpensAt(meeting: Pick<WindowMeeting, "startsAt">): Date {
  return new Date(meeting.startsAt.getTime() - checkinOpensBeforeMs);
}

/** The meeting's end as far as attendance is concerned. */
export function meetingEndsAt(meeting: Pick<WindowMeeting, "startsAt" | "endsAt">): Date {
  return meeting.endsAt ?? new Date(meeting.startsAt.getTime() + assumedDurationMs);
}

export function hasMeetingEnded(
  meeting: Pick<WindowMeeting, "startsAt" | "endsAt">,
  now = new Date(),
): boolean {
  return meetingEndsAt(meeting).getTime() <= now.getTime();
}

export function checkinWindowState(meeting: WindowMeeting, now = new Date()): CheckinWindowState {
  if (meeting.status === "CANCELLED") return "cancelled";
  if (now.getTime() < checkinOpensAt(meeting).getTime()) return "notYet";
  if (hasMeetingEnded(meeting, now)) return "closed";
  return "open";
}

/** Admins may tick units from the window's start on, also after the meeting (to correct it). */
export function canRecordAttendance(meeting: WindowMeeting, now = new Date()): boolean {
  return meeting.status !== "CANCELLED" && now.getTime() >= checkinOpensAt(meeting).getTime();
}
