import "server-only";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { id as idField } from "@/lib/core/forms/fields";
import { buildMeetingPageView, type MeetingPageView } from "./page-view";
import { getMeetingBasics, listMeetings } from "./queries";

export type MembersMeetings = Awaited<ReturnType<typeof listMeetings>>;

/**
 * The meetings list's island (GET /api/meetings): members see every meeting, so they get the
 * whole list; visitors null (the cached page already lists the public ones).
 */
export async function loadMembersMeetings(): Promise<MembersMeetings | null> {
  const user = await getCurrentUser().catch(() => null);
  if (!can(user, "meeting.view")) return null;
  return listMeetings(true);
}

/** The meeting a raw id names, or null (unknown or malformed). */
async function meetingOf(rawId: string) {
  const parsed = idField.safeParse(rawId);
  return parsed.success ? getMeetingBasics(parsed.data) : null;
}

/**
 * The cached meeting page's data, read without any session: the public view of a public
 * meeting, `view: null` for a members-only one (the page then names nothing of it); null for an
 * unknown id.
 */
export async function loadPublicMeetingPage(
  rawId: string,
): Promise<{ id: number; view: MeetingPageView | null } | null> {
  const meeting = await meetingOf(rawId);
  if (!meeting) return null;
  return { id: meeting.id, view: meeting.isPublic ? await buildMeetingPageView(meeting, null) : null };
}

/**
 * The meeting page's island (GET /api/meetings/<id>/viewer): the page as the signed-in visitor
 * (or a visitor) sees it; `view` null when they may not see the meeting. Null for an unknown id.
 */
export async function loadMeetingViewer(
  rawId: string,
): Promise<{ signedIn: boolean; view: MeetingPageView | null } | null> {
  const meeting = await meetingOf(rawId);
  if (!meeting) return null;
  const user = await getCurrentUser().catch(() => null);
  return { signedIn: user !== null, view: await buildMeetingPageView(meeting, user) };
}
