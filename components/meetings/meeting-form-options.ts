import "server-only";
import { getTranslations } from "next-intl/server";
import { meetingKinds } from "@/lib/meetings/schemas";
import { meetingFormOptions, type AdminMeeting } from "@/lib/meetings/queries";
import { toBeijingLocalInput } from "@/lib/core/time/beijing";
import type { MeetingFormValues } from "./meeting-form";

/** The choices of the meeting form; an edited meeting's invited units stay listed even if suspended. */
export async function loadMeetingFormOptions(meeting?: AdminMeeting) {
  const [t, options] = await Promise.all([getTranslations("meetings.meeting.kind"), meetingFormOptions()]);
  const listed = new Set(options.units.map((unit) => unit.value));
  const extra = (meeting?.invitations ?? [])
    .filter((row) => !listed.has(String(row.unitId)))
    .map((row) => ({ value: String(row.unitId), label: row.unit.name }));
  return {
    kinds: meetingKinds.map((kind) => ({ value: kind, label: t(kind) })),
    venues: options.venues,
    units: [...options.units, ...extra],
    // A host that has since been suspended stays selectable, so saving does not drop it.
    hostUnits:
      meeting?.hostUnitId && meeting.hostUnit && !listed.has(String(meeting.hostUnitId))
        ? [...options.units, { value: String(meeting.hostUnitId), label: meeting.hostUnit.name }]
        : options.units,
  };
}

export function meetingFormValues(meeting: AdminMeeting): MeetingFormValues {
  return {
    meetingId: meeting.id,
    version: meeting.version,
    kind: meeting.kind,
    title: meeting.title,
    startsAt: toBeijingLocalInput(meeting.startsAt),
    endsAt: meeting.endsAt ? toBeijingLocalInput(meeting.endsAt) : "",
    venueId: meeting.venueId === null ? "" : String(meeting.venueId),
    place: meeting.place,
    onlineUrl: meeting.onlineUrl ?? "",
    hostUnitId: meeting.hostUnitId === null ? "" : String(meeting.hostUnitId),
    isPublic: meeting.isPublic,
    invite: meeting.invitations.map((row) => String(row.unitId)),
  };
}
