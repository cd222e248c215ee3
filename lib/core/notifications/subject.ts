import type { NotificationKind } from "@/lib/generated/prisma/enums";

// The page a notification is about. Built from the stored record only (kind and subject ids),
// never from anything in a request, so opening a message can only ever lead inside the portal.

export type NotificationSubjectRow = {
  kind: NotificationKind;
  activityId: number | null;
  meetingId: number | null;
  pairingId?: number | null;
  needId?: number | null;
  surveyId?: number | null;
};

/**
 * Where a notification opens, or null when its subject is gone. `leadsActivity` says whether
 * the reader's unit leads the activity now: then the lead's own page (or the report form for a
 * fix request) is the subject; anyone else, or without that knowledge (emails), gets the public
 * activity page.
 */
export function notificationPath(row: NotificationSubjectRow, leadsActivity = false): string | null {
  if (row.kind.startsWith("ROTATION_")) return "/my/rotation";
  if (row.kind.startsWith("BOOKING_")) return "/my/bookings";
  if (row.kind.startsWith("COMMITMENT_")) return "/my/commitments";
  // A declined proposal has no public page: the unit's own list shows it with the reason.
  if (row.kind === "PAIRING_DECLINED") return "/my/pairings";
  if (row.kind.startsWith("PAIRING_")) return row.pairingId ? `/pairings/${row.pairingId}` : "/my/pairings";
  if (row.kind.startsWith("NEED_")) return row.needId ? `/needs/${row.needId}` : null;
  if (row.kind.startsWith("SURVEY_")) return row.surveyId ? `/my/surveys/${row.surveyId}` : "/my/surveys";
  if (row.meetingId !== null) {
    if (row.kind === "MINUTES_PUBLISHED") return `/meetings/${row.meetingId}/minutes`;
    if (row.kind === "DECISION_ASSIGNED") return `/meetings/${row.meetingId}/decisions`;
    return `/meetings/${row.meetingId}`;
  }
  if (row.activityId !== null) {
    if (!leadsActivity) return `/activities/${row.activityId}`;
    if (row.kind === "REPORT_NEEDS_FIX") return `/my/activities/${row.activityId}/report`;
    return `/my/activities/${row.activityId}`;
  }
  return null;
}
