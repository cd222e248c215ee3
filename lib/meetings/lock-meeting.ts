import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { formatShanghaiDateTime } from "@/lib/core/time/shanghai";

export type LockedMeeting = {
  id: number;
  title: string;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date | null;
  place: string;
  venueId: number | null;
  onlineUrl: string | null;
  hostUnitId: number | null;
  version: number;
};

/**
 * Locks the meeting row for the rest of the transaction, so edits, cancelling, reminders and
 * answers of one meeting run one after another and each sees the state it changes.
 */
export async function lockMeeting(tx: Tx, meetingId: number): Promise<LockedMeeting> {
  const rows = await tx.$queryRaw<LockedMeeting[]>`
    SELECT "id", "title", "status", "startsAt", "endsAt", "place", "venueId", "onlineUrl",
           "hostUnitId", "version"
    FROM "Meeting" WHERE "id" = ${meetingId} FOR UPDATE`;
  const meeting = rows[0];
  if (!meeting) throw new DomainError("meetings.meeting.errors.notFound");
  return meeting;
}

/** The values every meeting notification renders (see the inbox catalog). */
export function noticeValues(meeting: { title: string; startsAt: Date }) {
  return { title: meeting.title, date: formatShanghaiDateTime(meeting.startsAt) };
}

/** Units may only be newly invited, or host, while they are active members. */
export async function assertActiveUnits(tx: Tx, unitIds: number[], field: string): Promise<void> {
  if (unitIds.length === 0) return;
  const active = await tx.unit.count({ where: { id: { in: unitIds }, status: "ACTIVE" } });
  if (active !== new Set(unitIds).size)
    throw new DomainError("meetings.meeting.errors.unitNotActive", undefined, field);
}

export async function assertVenue(tx: Tx, venueId: number | null): Promise<void> {
  if (venueId === null) return;
  const venue = await tx.venue.findUnique({ where: { id: venueId }, select: { id: true } });
  if (!venue) throw new DomainError("meetings.meeting.errors.venueNotFound", undefined, "venueId");
}
