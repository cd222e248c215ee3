import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { buildCalendar } from "@/lib/core/calendar/ics";
import { publicBaseUrl, feedNotFound } from "@/lib/activities/feeds/feed-response";
import { id as idField } from "@/lib/core/forms/fields";
import { defaultLocale } from "@/lib/core/i18n/config";
import { loadMessages } from "@/lib/core/i18n/messages";
import { meetingEvent } from "@/lib/meetings/meeting-event";
import { getMeetingForCalendar } from "@/lib/meetings/queries";

type Params = Promise<{ id: string }>;

type IcsText = {
  ics: { calendarName: string; details: string };
  detail: { online: string };
  status: { CANCELLED: string };
};

// One meeting as an .ics invitation. Public meetings are for anyone; the others only for
// signed-in members — to anyone else they do not exist (404, as the page would not say more).
// Downloads are in the default language, like the plan feed.
//
// Not cached, unlike the other feeds (issue 14): the answer depends on who asks (a member's copy
// carries the online link, and members-only meetings exist only for members), so it is
// rendered per request and marked private. It is one download per meeting, not a polled feed.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const parsed = idField.safeParse((await params).id);
  if (!parsed.success) return feedNotFound();
  const meeting = await getMeetingForCalendar(parsed.data);
  if (!meeting) return feedNotFound();
  const viewer = await getCurrentUser();
  const member = can(viewer, "meeting.view");
  if (!meeting.isPublic && !member) return feedNotFound();

  const text = (await loadMessages(defaultLocale)).meetings.meeting as unknown as IcsText;
  const pageUrl = `${publicBaseUrl()}/meetings/${meeting.id}`;
  const event = meetingEvent(
    meeting,
    pageUrl,
    { details: text.ics.details, online: text.detail.online, cancelled: text.status.CANCELLED },
    member,
  );
  return new Response(buildCalendar(text.ics.calendarName, [event]), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meeting-${meeting.id}.ics"`,
      // Members' copies may carry the online link: never kept by shared caches.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
