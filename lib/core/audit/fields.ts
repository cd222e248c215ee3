import type { RecordKind } from "./kinds";

// What the fields inside an entry's before/after JSON are: which hold an enum (and which), which
// a day, which point at another record. Field names are the Prisma models' (callers snapshot
// rows) plus a few of their own; fields.test.ts checks these tables against prisma/schema.

/** Enums of prisma/schema and where their names live in the catalogs (core.enums first). */
export const enumCatalogs = {
  Commitment: "core.enums.Commitment",
  ActivityType: "core.enums.ActivityType",
  ActivityStatus: "core.enums.ActivityStatus",
  ActivityChannel: "core.enums.ActivityChannel",
  ActivityFormat: "core.enums.ActivityFormat",
  ActivityReach: "core.enums.ActivityReach",
  UnitCategory: "core.enums.UnitCategory",
  LeagueOrgType: "core.enums.LeagueOrgType",
  UnitStatus: "core.enums.UnitStatus",
  Role: "core.enums.Role",
  ParticipationStatus: "activities.participation.ParticipationStatus",
  CommitmentRecordStatus: "activities.commitments.status",
  UnitRole: "units.accounts.unitRole",
  MeetingKind: "meetings.meeting.kind",
  MeetingStatus: "meetings.meeting.status",
  RsvpResponse: "meetings.meeting.response",
  AttendanceStatus: "meetings.attendance.status",
  AttendanceMethod: "meetings.attendance.method",
  MinutesStatus: "meetings.minutes.status",
  MinutesVisibility: "meetings.minutes.visibility",
  DecisionStatus: "meetings.decisions.status",
  PairingStatus: "pairing.pairings.status",
  PairingFocus: "pairing.pairings.focus",
  NeedStatus: "pairing.needs.status",
  NeedOfferStatus: "pairing.needs.offerStatus",
  RotationScheduleStatus: "rotation.admin.versions.status",
  RotationReminderKind: "rotation.public.reminders.kinds",
  SurveyQuestionKind: "surveys.admin.kinds",
  ApplicationStatus: "units.admission.review.statusName",
  VenueBookingMode: "venues.manage.modes",
  VenueKind: "venues.manage.kinds",
  // No neutral wording elsewhere (or none at all): the audit log's own.
  ReportStatus: "core.auditFields.enums.ReportStatus",
  PlanStatus: "core.auditFields.enums.PlanStatus",
  TokenPurpose: "core.auditFields.enums.TokenPurpose",
  SurveyStatus: "core.auditFields.enums.SurveyStatus",
  BookingStatus: "core.auditFields.enums.BookingStatus",
  RotationSwapStatus: "core.auditFields.enums.RotationSwapStatus",
  // Not Prisma enums: fixed values some callers record.
  CancelledBy: "core.auditFields.enums.CancelledBy",
  MoveDirection: "core.auditFields.enums.MoveDirection",
} as const;
export type EnumName = keyof typeof enumCatalogs;

/** Enum fields of each kind's JSON (a field named alike may hold another enum elsewhere). */
export const enumFields: Partial<Record<RecordKind, Record<string, EnumName>>> = {
  AccountToken: { purpose: "TokenPurpose" },
  Activity: {
    type: "ActivityType",
    commitment: "Commitment",
    channel: "ActivityChannel",
    format: "ActivityFormat",
    reach: "ActivityReach",
    status: "ActivityStatus",
  },
  ActivityReport: { status: "ReportStatus" },
  AgendaItem: { direction: "MoveDirection" },
  Booking: { status: "BookingStatus", by: "CancelledBy" },
  CommitmentRecord: { commitment: "Commitment", status: "CommitmentRecordStatus" },
  Decision: { status: "DecisionStatus" },
  Meeting: { kind: "MeetingKind", status: "MeetingStatus" },
  MeetingAttendance: { status: "AttendanceStatus", method: "AttendanceMethod" },
  MeetingInvitation: { response: "RsvpResponse" },
  MeetingMinutes: { status: "MinutesStatus", visibility: "MinutesVisibility" },
  MembershipApplication: { category: "UnitCategory", orgType: "LeagueOrgType", status: "ApplicationStatus" },
  Need: { status: "NeedStatus" },
  NeedOffer: { status: "NeedOfferStatus" },
  Pairing: { focusAreas: "PairingFocus", status: "PairingStatus" },
  Participation: { status: "ParticipationStatus" },
  PlanYear: { status: "PlanStatus" },
  RotationReminder: { kind: "RotationReminderKind" },
  RotationSchedule: { status: "RotationScheduleStatus" },
  RotationSwap: { status: "RotationSwapStatus" },
  // survey.question.* entries are filed under their survey; `kind` is the question's.
  Survey: { status: "SurveyStatus", kind: "SurveyQuestionKind", direction: "MoveDirection" },
  Unit: { category: "UnitCategory", orgType: "LeagueOrgType", status: "UnitStatus" },
  User: { role: "Role", unitRole: "UnitRole" },
  Venue: { kind: "VenueKind", bookingMode: "VenueBookingMode" },
};

/** Fields holding a calendar day (@db.Date: midnight UTC in JSON, shown as the day itself). */
export const dayFields = new Set([
  "releaseDeadline",
  "plannedDate",
  "actualDate",
  "occurredOn",
  "dueOn",
  "startsOn",
  "endsOn",
  "since",
  "servedOn",
  "preferenceDeadline",
  "joinedOn",
  "effectiveOn",
  "date",
]);

const unitFields = [
  "unitId",
  "unitIds",
  "leadUnitId",
  "ownerUnitId",
  "hostUnitId",
  "presenterUnitId",
  "fromUnitId",
  "toUnitId",
  "unitAId",
  "unitBId",
];
const userFields = [
  "userId",
  "actorId",
  "authorId",
  "createdById",
  "decidedById",
  "bookedById",
  "cancelledById",
  "submittedById",
  "postedById",
  "offeredById",
  "proposedById",
  "recordedById",
  "requestedById",
  "answeredById",
  "respondedById",
  "uploadedById",
  "publishedById",
  "successorId",
  "replacesUserId",
];

/** Fields naming another record by id (or a list of ids): shown by that record's title. */
export const referenceFields: Record<string, RecordKind> = {
  ...Object.fromEntries(unitFields.map((field) => [field, "Unit" as const])),
  ...Object.fromEntries(userFields.map((field) => [field, "User" as const])),
  activityId: "Activity",
  activityIds: "Activity",
  venueId: "Venue",
  communityId: "Community",
  subdistrictId: "Subdistrict",
  meetingId: "Meeting",
  agendaItemId: "AgendaItem",
  needId: "Need",
  siteId: "ServiceSite",
  serviceSiteId: "ServiceSite",
  surveyId: "Survey",
  scheduleId: "RotationSchedule",
  reportId: "ActivityReport",
  recordId: "CommitmentRecord",
  bookings: "Booking",
};

/** Never shown as a change: the row's own id, bookkeeping times, internal keys. */
export const hiddenFields = new Set(["id", "createdAt", "updatedAt", "sessionVersion", "requestKey"]);

/** The optimistic-lock counter says nothing about a record that was created or deleted. */
export const hiddenWhenWhole = new Set(["version"]);

export function enumOf(kind: string, field: string): EnumName | undefined {
  return enumFields[kind as RecordKind]?.[field];
}
