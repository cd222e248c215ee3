import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser, requireUser, type CurrentUser } from "@/lib/core/auth/session";
import { DomainError } from "@/lib/core/errors";
import { id as idField } from "@/lib/core/forms/fields";
import { getMeetingBasics } from "./queries";

/** The meeting a page's raw id names; unknown or malformed ids are 404. */
async function meetingOr404(rawId: string) {
  const parsed = idField.safeParse(rawId);
  if (!parsed.success) notFound();
  const meeting = await getMeetingBasics(parsed.data);
  if (!meeting) notFound();
  return meeting;
}

/**
 * Loads a meeting for a page at `path`: public meetings are open to visitors, the others to
 * signed-in members (visitors are sent to sign in). Unknown or malformed ids are 404.
 */
export async function getViewableMeeting(rawId: string, path: string) {
  const meeting = await meetingOr404(rawId);
  const viewer = meeting.isPublic ? await getCurrentUser() : await requireUser(path);
  if (!meeting.isPublic && !can(viewer, "meeting.view")) notFound();
  return { meeting, viewer };
}

/**
 * Loads a meeting for a members-only sub-page (`/meetings/<id><subpath>`): visitors sign in
 * first, even for a public meeting; unknown or malformed ids are 404.
 */
export async function requireMeetingForMember(rawId: string, subpath: string) {
  const viewer = await requireUser(`/meetings/${encodeURIComponent(rawId)}${subpath}`);
  return { viewer, meeting: await meetingOr404(rawId) };
}

/** The agenda freezes, RSVPs close and check-in opens when the meeting starts. */
export function hasMeetingStarted(meeting: { startsAt: Date }, now: Date = new Date()): boolean {
  return meeting.startsAt.getTime() <= now.getTime();
}

/**
 * The one minutes-writer rule: admins and the host unit's secretaries write the minutes and list
 * the decisions. Pages ask it to show or hide the editor; writes go through assertMinutesWriter.
 */
export function canWriteMinutes(viewer: CurrentUser | null, meeting: { hostUnitId: number | null }): boolean {
  return can(viewer, { action: "minutes.write", hostUnitId: meeting.hostUnitId });
}

/** For writes: refuses anyone canWriteMinutes does not let write this meeting's minutes. */
export function assertMinutesWriter(actor: CurrentUser, meeting: { hostUnitId: number | null }): void {
  if (!canWriteMinutes(actor, meeting)) throw new DomainError("core.errors.forbidden");
}

/**
 * For the minutes editor and versions pages: visitors sign in first, signed-in users who do not
 * write this meeting's minutes get 403, unknown or malformed ids 404.
 */
export async function requireMinutesWriter(rawId: string, subpath = "") {
  const { viewer, meeting } = await requireMeetingForMember(rawId, `/minutes${subpath}`);
  if (!canWriteMinutes(viewer, meeting)) forbidden();
  return { viewer, meeting };
}
