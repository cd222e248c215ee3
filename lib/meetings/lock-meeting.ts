import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";

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
  isPublic: boolean;
  version: number;
};

export type LockMeetingOptions = {
  /**
   * "update" (the default) for writes that change the meeting or must queue behind each other
   * (edits, cancelling, reminders, agenda and decision order); "share" for writes that only need
   * it to stay as read (answers, check-ins, minutes): they do not block each other, but a
   * cancellation or a new start time waits for them, and they for it.
   */
  mode?: "update" | "share";
  /** The refusal when there is no such meeting, in the caller's own catalog namespace. */
  notFound?: string;
};

/**
 * The one meeting lock: reads the meeting row and holds it for the rest of the transaction, so
 * the checks a write makes on it still hold when the write lands. Every meeting write locks the
 * meeting first, so they queue in the same order instead of deadlocking.
 */
export async function lockMeeting(
  tx: Tx,
  meetingId: number,
  { mode = "update", notFound = "meetings.meeting.errors.notFound" }: LockMeetingOptions = {},
): Promise<LockedMeeting> {
  const lock = Prisma.raw(mode === "share" ? "FOR SHARE" : "FOR UPDATE");
  const rows = await tx.$queryRaw<LockedMeeting[]>`
    SELECT "id", "title", "status"::text AS "status", "startsAt", "endsAt", "place", "venueId",
           "onlineUrl", "hostUnitId", "isPublic", "version"
    FROM "Meeting" WHERE "id" = ${meetingId} ${lock}`;
  const meeting = rows[0];
  if (!meeting) throw new DomainError(notFound);
  return meeting;
}

/** The values every meeting notification renders (see the inbox catalog). */
export function noticeValues(meeting: { title: string; startsAt: Date }) {
  return { title: meeting.title, date: formatBeijingDateTime(meeting.startsAt) };
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
