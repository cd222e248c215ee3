import type { CalendarEvent } from "@/lib/core/calendar/ics";

export type MeetingForEvent = {
  id: number;
  title: string;
  status: "SCHEDULED" | "CANCELLED" | "HELD";
  startsAt: Date;
  endsAt: Date | null;
  place: string;
  onlineUrl: string | null;
  cancelReason: string;
  updatedAt: Date;
  venue: { name: string; address: string } | null;
};

/** Stable across edits, so calendar apps update the event instead of adding a second one. */
export function meetingUid(meetingId: number): string {
  return `meeting-${meetingId}@runzhou-youth`;
}

const hour = 3_600_000;

/**
 * The meeting as one calendar event. Without an end time it is shown as two hours long. The
 * online link goes into the description only when `withOnlineUrl` (members' downloads).
 */
export function meetingEvent(
  meeting: MeetingForEvent,
  pageUrl: string,
  labels: { details: string; online: string; cancelled: string },
  withOnlineUrl: boolean,
): CalendarEvent {
  const location = [meeting.venue?.name, meeting.venue?.address, meeting.place]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(", ");
  const description = [
    meeting.status === "CANCELLED" ? `${labels.cancelled}: ${meeting.cancelReason}` : null,
    withOnlineUrl && meeting.onlineUrl ? `${labels.online}: ${meeting.onlineUrl}` : null,
    `${labels.details}: ${pageUrl}`,
  ]
    .filter(Boolean)
    .join("\n");
  return {
    uid: meetingUid(meeting.id),
    title: meeting.title,
    start: meeting.startsAt,
    end: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 2 * hour),
    location: location || (withOnlineUrl && meeting.onlineUrl ? meeting.onlineUrl : undefined),
    description,
    url: pageUrl,
    updatedAt: meeting.updatedAt,
    status: meeting.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
  };
}
