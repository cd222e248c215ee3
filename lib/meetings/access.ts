import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser, requireUser, type CurrentUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { id as idField } from "@/lib/core/forms/fields";

/** What every meeting page needs to decide who sees and does what. */
export const meetingAccessSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  startsAt: true,
  endsAt: true,
  isPublic: true,
  hostUnitId: true,
} as const;

/**
 * Loads a meeting for a page at `path`: public meetings are open to visitors, the others to
 * signed-in members (visitors are sent to sign in). Unknown or malformed ids are 404.
 */
export async function getViewableMeeting(rawId: string, path: string) {
  const parsed = idField.safeParse(rawId);
  if (!parsed.success) notFound();
  const meeting = await db.meeting.findUnique({ where: { id: parsed.data }, select: meetingAccessSelect });
  if (!meeting) notFound();
  const viewer = meeting.isPublic ? await getCurrentUser() : await requireUser(path);
  if (!meeting.isPublic && !can(viewer, "meeting.view")) notFound();
  return { meeting, viewer };
}

/** The agenda freezes, RSVPs close and check-in opens when the meeting starts. */
export function hasMeetingStarted(meeting: { startsAt: Date }, now: Date = new Date()): boolean {
  return meeting.startsAt.getTime() <= now.getTime();
}

/** Admins and the host unit's secretaries write the minutes and list the decisions. */
export function canWriteMinutes(viewer: CurrentUser | null, meeting: { hostUnitId: number | null }): boolean {
  return can(viewer, { action: "minutes.write", hostUnitId: meeting.hostUnitId });
}
