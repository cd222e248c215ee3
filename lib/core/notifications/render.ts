import type { NotificationKind } from "@/lib/generated/prisma/enums";

// How a notification becomes a sentence: `inbox.kinds.<KIND>` with the stored values. The
// values are JSON written by whoever called notifyUnit, so any of them may be missing or of
// an odd type; missing ones become a neutral placeholder instead of breaking the inbox.
//
// Value names by kind (callers of notifyUnit: please use these):
//   ACTIVITY_JOINED     title, unit (the joining unit), headcount
//   ACTIVITY_WITHDRAWN  title, unit (the withdrawing unit)
//   WAITLIST_PROMOTED   title
//   CLAIM_CONFIRMED     title
//   CLAIM_REASSIGNED    title, unit (the new lead unit)
//   ACTIVITY_CHANGED    title, date (the new date, YYYY-MM-DD, or "YYYY-MM-DD HH:mm–HH:mm" once scheduled)
//   ACTIVITY_CANCELLED  title, reason
//   REPORT_NEEDS_FIX    title, reason (what to fix)
//   MEETING_INVITED     title, date (start, "YYYY-MM-DD HH:mm" in Beijing time)
//   MEETING_CHANGED     title, date
//   MEETING_CANCELLED   title, reason
//   MEETING_REMINDER    title, date
//   MINUTES_PUBLISHED   title
//   DECISION_ASSIGNED   title (the meeting), date (due, YYYY-MM-DD)
//   ROTATION_PUBLISHED  title (the year, e.g. "2027")
//   ROTATION_DUTY_SOON  date (the duty month, YYYY-MM), headcount (days until it starts)
//   ROTATION_SWAP_REQUESTED  unit (the asking unit), date (their month YYYY-MM), reason (your month YYYY-MM)
//   ROTATION_SWAP_ANSWERED   unit (the answering unit), title ("accepted"/"declined" wording key-free: pass the status), reason (their note)
//   ROTATION_SWAP_DECIDED    title (APPROVED or REJECTED), date (your new/unchanged month YYYY-MM), reason
// ROTATION_* notifications link to /my/rotation (notificationPath).
//   BOOKING_REQUESTED   title (venue), date ("YYYY-MM-DD HH:mm–HH:mm" Beijing), unit (booking unit)
//   BOOKING_CONFIRMED   title, date
//   BOOKING_DECLINED    title, date, reason
//   BOOKING_CANCELLED   title, date, unit (who cancelled), reason
// BOOKING_* notifications link to /my/bookings.
//   COMMITMENT_CONFIRMED  title (the record's title)
//   COMMITMENT_RETURNED   title, reason (the admin's note)
// COMMITMENT_* notifications belong to /my/commitments.
//   PAIRING_APPROVED     title (the community)
//   PAIRING_DECLINED     title, reason
//   PAIRING_CHANGED      title, date (the new status, as its enum value), reason
// PAIRING_* notifications link to the pairing's page.
//   NEED_OFFER_ACCEPTED  title (the need)
//   NEED_OFFER_DECLINED  title, reason
// NEED_* notifications link to the need's page.
//   SURVEY_SENT          title (the survey), date (closing, "YYYY-MM-DD HH:mm" Beijing)
//   SURVEY_REMINDER      title, date
// SURVEY_* notifications link to the unit's answer page.

export const placeholderNames = ["title", "unit", "headcount", "date", "reason"] as const;

/** Kinds that are worth an email as well: a change the recipient must act on or plan around. */
export const mailedKinds: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  "ACTIVITY_CHANGED",
  "ACTIVITY_CANCELLED",
  "REPORT_NEEDS_FIX",
  "CLAIM_REASSIGNED",
  "MEETING_INVITED",
  "MEETING_CHANGED",
  "MEETING_CANCELLED",
  "MEETING_REMINDER",
  "DECISION_ASSIGNED",
  "ROTATION_PUBLISHED",
  "ROTATION_DUTY_SOON",
  "ROTATION_SWAP_REQUESTED",
  "ROTATION_SWAP_DECIDED",
  "BOOKING_REQUESTED",
  "BOOKING_CONFIRMED",
  "BOOKING_DECLINED",
  "BOOKING_CANCELLED",
  "COMMITMENT_RETURNED",
  "PAIRING_DECLINED",
  "SURVEY_SENT",
  "SURVEY_REMINDER",
]);

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Stored values as strings and numbers only, every placeholder present. */
export function messageValues(raw: unknown, missing: string): Record<string, string | number> {
  const source = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? raw : {};
  const values: Record<string, string | number> = {};
  for (const name of placeholderNames) values[name] = missing;
  for (const [name, value] of Object.entries(source as Record<string, unknown>)) {
    if (typeof value === "number" && Number.isFinite(value)) values[name] = value;
    else if (typeof value === "string" && value.trim() !== "") values[name] = value.slice(0, 300);
  }
  return values;
}

/** The sentence for one notification; `t` is a translator for the "core.notifications" namespace. */
export function renderNotification(t: Translate, kind: NotificationKind, values: unknown): string {
  return t(`kinds.${kind}`, messageValues(values, t("missingValue")));
}
