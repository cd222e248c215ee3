// The kinds of record the audit log speaks about (its `entity` column: the Prisma model's name,
// or a pseudo-record such as the CSV export). recordAudit's `entity` is typed `RecordKind`, so a
// new kind fails type checking until it is listed here and has a way to find its title
// (records/index.ts is typed as one resolver per kind), and fields.test.ts fails until it has a
// name in both languages (core.auditFields.kinds).

export const recordKinds = [
  "AccountToken",
  "Activity",
  "ActivityReport",
  "AgendaAttachment",
  "AgendaItem",
  "AuditLog",
  "Booking",
  "CheckIn",
  "CommitmentPhoto",
  "CommitmentRecord",
  "Community",
  "Decision",
  "Meeting",
  "MeetingAttendance",
  "MeetingInvitation",
  "MeetingMinutes",
  "MembershipApplication",
  "MinutesDraft",
  "MinutesErratum",
  "Need",
  "NeedOffer",
  "NeedPhoto",
  "Pairing",
  "Participation",
  "PlanYear",
  "ReportPhoto",
  "RotationPair",
  "RotationReminder",
  "RotationSchedule",
  "RotationSwap",
  "RotationUnitSetting",
  "RotationYear",
  "ServiceLogEntry",
  "ServiceSite",
  "Subdistrict",
  "Survey",
  "SurveyResponse",
  "Unit",
  "UnitLogo",
  "User",
  "Venue",
  "VenuePhoto",
] as const;

export type RecordKind = (typeof recordKinds)[number];

const known = new Set<string>(recordKinds);

export function isRecordKind(kind: string): kind is RecordKind {
  return known.has(kind);
}

/** One record the log refers to: its kind and its id as the log stores it (text). */
export type RecordRef = { kind: RecordKind; id: string };

export const refKey = (ref: RecordRef): string => `${ref.kind}:${ref.id}`;

/**
 * The records an entry is about. Most name one; a reminder run names several surveys at once
 * ("3,5"); rotation reminders name months ("2026-03,2026-04"), which are one label, not ids.
 */
export function entryRefs(entity: string, entityId: string): RecordRef[] {
  if (!isRecordKind(entity)) return [];
  if (entity === "Survey" && entityId.includes(",")) {
    return entityId
      .split(",")
      .filter(Boolean)
      .map((id) => ({ kind: entity, id }));
  }
  return [{ kind: entity, id: entityId }];
}
