import type { CurrentUser } from "@/lib/core/auth/session";
import type { Tx } from "@/lib/core/db";
import { DomainError } from "@/lib/core/errors";
import { assertMinutesWriter } from "@/lib/meetings/access";
import { lockMeeting, type LockedMeeting } from "@/lib/meetings/lock-meeting";

export type LockedMinutes = {
  meeting: LockedMeeting;
  currentVersion: number;
  status: "DRAFT" | "PUBLISHED";
  visibility: "MEMBERS" | "PUBLIC";
};

/**
 * Locks the meeting (shared: a cancellation waits for the save), checks that the actor writes
 * its minutes, and locks its minutes row for the rest of the transaction. The row is created first when missing (ON CONFLICT DO NOTHING):
 * two first saves then queue on the same row instead of both writing version 1.
 */
export async function lockMinutes(tx: Tx, actor: CurrentUser, meetingId: number): Promise<LockedMinutes> {
  const meeting = await lockMeeting(tx, meetingId, {
    mode: "share",
    notFound: "meetings.minutes.errors.meetingNotFound",
  });
  assertMinutesWriter(actor, meeting);
  // A meeting that did not take place has no minutes.
  if (meeting.status === "CANCELLED") throw new DomainError("meetings.minutes.errors.meetingCancelled");
  await tx.$executeRaw`
    INSERT INTO "MeetingMinutes" ("meetingId", "updatedAt") VALUES (${meetingId}, now())
    ON CONFLICT ("meetingId") DO NOTHING`;
  const [row] = await tx.$queryRaw<Array<Omit<LockedMinutes, "meeting">>>`
    SELECT "currentVersion", status::text AS status, visibility::text AS visibility
    FROM "MeetingMinutes" WHERE "meetingId" = ${meetingId} FOR UPDATE`;
  if (!row) throw new Error(`MeetingMinutes row for meeting ${meetingId} missing after upsert`);
  return { meeting, ...row };
}

/** Published minutes are the record: nothing but errata may be added. */
export function refuseIfPublished(minutes: LockedMinutes): void {
  if (minutes.status === "PUBLISHED") throw new DomainError("meetings.minutes.errors.published");
}
