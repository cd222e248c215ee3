// The shapes of a unit's year (issue 16, item 3) and of the annual report's per-unit table.
// Pure types, so components and pure helpers can use them without loading the database.
import type {
  ActivityStatus,
  AttendanceStatus,
  Commitment,
  CommitmentRecordStatus,
  MeetingKind,
  PairingFocus,
  PairingStatus,
  RsvpResponse,
  UnitCategory,
  UnitStatus,
  VenueKind,
} from "@/lib/generated/prisma/enums";

/** Where a unit stands on one of its five (lib/activities/commitments/score.ts). */
export type CommitmentStanding = "NOT_STARTED" | "IN_PROGRESS" | CommitmentRecordStatus;

export type UnitYearUnit = {
  id: number;
  name: string;
  shortName: string;
  slug: string;
  status: UnitStatus;
};

/** An activity of the list the unit led or joined in the year (cancelled ones are left out). */
export type UnitYearActivity = {
  id: number;
  year: number;
  title: string;
  status: ActivityStatus;
  commitment: Commitment;
  plannedMonth: number;
  plannedDate: Date | null;
};

/** One of the unit's venues and how often other units used it in the year (confirmed bookings). */
export type SharedVenue = { id: number; name: string; kind: VenueKind; uses: number; hours: number };

/** Another unit's venue the unit booked in the year (confirmed bookings). */
export type BookedVenue = SharedVenue & { owner: { name: string; slug: string } };

export type UnitYearPairing = {
  id: number;
  status: PairingStatus;
  startsOn: Date;
  focusAreas: PairingFocus[];
  community: { id: number; name: string };
};

/** What the public may see of a commitment: confirmed, with its confirmed records' titles. */
export type PublicCommitment = { commitment: Commitment; records: Array<{ id: number; title: string }> };

/** A commitment record as its unit and the admins see it (the evidence). */
export type CommitmentEvidenceRecord = {
  id: number;
  title: string;
  description: string;
  occurredOn: Date;
  status: CommitmentRecordStatus;
  reviewNote: string;
  activity: { id: number; title: string } | null;
  meeting: { id: number; title: string } | null;
  community: { name: string } | null;
  rosterSize: number;
  photoIds: number[];
};

export type FullCommitment = {
  commitment: Commitment;
  status: CommitmentStanding;
  /** Activities under way that will count once recorded (while no record does). */
  activities: Array<{ id: number; title: string }>;
  records: CommitmentEvidenceRecord[];
};

/** A joint meeting the unit was invited to that has begun, with what was recorded of it. */
export type UnitYearMeeting = {
  id: number;
  title: string;
  kind: MeetingKind;
  startsAt: Date;
  rsvp: RsvpResponse;
  attendance: AttendanceStatus | null;
  attended: boolean;
};

export type UnitYearPublicFigures = {
  led: number;
  joined: number;
  volunteers: number;
  hours: number;
  venuesShared: number;
  timesShared: number;
  pairings: number;
  commitmentsConfirmed: number;
};

export type UnitYearFullFigures = UnitYearPublicFigures & {
  commitmentsClaimed: number;
  meetingsAttended: number;
  meetingsInvited: number;
  venuesBooked: number;
  timesBooked: number;
};

/** The public part (/units/<slug>): nothing a visitor may not already see elsewhere. */
export type UnitYearPublic = {
  full: false;
  year: number;
  unit: UnitYearUnit;
  figures: UnitYearPublicFigures;
  led: UnitYearActivity[];
  /** Activities of others whose public report names the unit among those who took part. */
  joined: UnitYearActivity[];
  venuesShared: SharedVenue[];
  pairings: UnitYearPairing[];
  commitments: PublicCommitment[];
};

/** The full part (/my/year, /admin/units/<id>/year). */
export type UnitYearFull = {
  full: true;
  year: number;
  unit: UnitYearUnit;
  figures: UnitYearFullFigures;
  led: UnitYearActivity[];
  /** Activities of others the unit signed up for (joined, not waitlisted or withdrawn). */
  joined: UnitYearActivity[];
  venuesShared: SharedVenue[];
  venuesBooked: BookedVenue[];
  meetings: UnitYearMeeting[];
  pairings: UnitYearPairing[];
  commitments: FullCommitment[];
};

/** One row of the annual report's per-unit table. */
export type UnitYearRow = {
  unit: { id: number; name: string; shortName: string; slug: string; category: UnitCategory };
  commitments: Array<{
    commitment: Commitment;
    status: CommitmentStanding;
    claimed: boolean;
    confirmed: boolean;
  }>;
  /** Of the five: submitted or confirmed / confirmed. */
  claimed: number;
  confirmed: number;
  led: number;
  joined: number;
  meetings: { attended: number; invited: number };
  volunteers: number;
  hours: number;
};
