// Attendance rates: how many of the meetings a unit was invited to (ended, not cancelled) it
// attended in person or by a delegate.

export type AttendanceStatusName = "PRESENT" | "DELEGATE" | "EXCUSED" | "ABSENT";

export type AttendanceCounts = Record<AttendanceStatusName, number> & {
  meetings: number;
  /** (present + delegate) / meetings, between 0 and 1; null when there were no meetings. */
  rate: number | null;
};

/**
 * What an invited unit's attendance amounts to. A recorded status wins; without a record the
 * unit is "not checked in" (null) while the meeting runs and absent once it has ended, unless
 * it had sent its apologies (an EXCUSED answer to the invitation).
 */
export function effectiveStatus(
  recorded: AttendanceStatusName | null,
  rsvp: string,
  ended: boolean,
): AttendanceStatusName | null {
  if (recorded) return recorded;
  if (!ended) return null;
  return rsvp === "EXCUSED" ? "EXCUSED" : "ABSENT";
}

export function countAttendance(statuses: AttendanceStatusName[]): AttendanceCounts {
  const counts = { PRESENT: 0, DELEGATE: 0, EXCUSED: 0, ABSENT: 0 };
  for (const status of statuses) counts[status] += 1;
  const meetings = statuses.length;
  return { ...counts, meetings, rate: meetings === 0 ? null : (counts.PRESENT + counts.DELEGATE) / meetings };
}

/** The rate as a whole percentage for display ("no meetings yet" is the caller's text for null). */
export function formatRate(rate: number | null): string | null {
  return rate === null ? null : `${Math.round(rate * 100)}%`;
}
