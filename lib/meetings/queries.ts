import "server-only";
import { db } from "@/lib/core/db";
import type { RsvpResponse } from "@/lib/generated/prisma/enums";
import { meetingsOfYear } from "./year-rates";

export type ResponseCounts = Record<RsvpResponse, number>;

// The year's answer and attendance rates (the admin list's ?year= and the admin overview).
export { getMeetingYearRates, meetingsOfYear, type MeetingYearRates } from "./year-rates";

const emptyCounts = (): ResponseCounts => ({ PENDING: 0, ATTEND: 0, DELEGATE: 0, EXCUSED: 0 });

/**
 * A meeting named and placed in time, with its state: what a meeting read needs to title it and
 * to tell whether it is running or over.
 */
export const meetingTimeSelect = {
  id: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
} as const;

/** What every meeting page needs to decide who sees and does what. */
const meetingAccessSelect = {
  ...meetingTimeSelect,
  kind: true,
  isPublic: true,
  hostUnitId: true,
} as const;

/** The meeting as its pages and sections decide on it: state, audience and host unit. */
export async function getMeetingBasics(meetingId: number) {
  return db.meeting.findUnique({ where: { id: meetingId }, select: meetingAccessSelect });
}

/** What the meeting's .ics invitation holds. */
export async function getMeetingForCalendar(meetingId: number) {
  return db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      ...meetingTimeSelect,
      place: true,
      onlineUrl: true,
      cancelReason: true,
      updatedAt: true,
      isPublic: true,
      venue: { select: { name: true, address: true } },
    },
  });
}

/** Upcoming meetings first (soonest first), then past ones (latest first). */
function upcomingThenPast<T extends { startsAt: Date }>(rows: T[], now: Date) {
  const upcoming = rows.filter((row) => row.startsAt >= now).sort((a, b) => +a.startsAt - +b.startsAt);
  const past = rows.filter((row) => row.startsAt < now).sort((a, b) => +b.startsAt - +a.startsAt);
  return { upcoming, past };
}

/** Every meeting (or those of a Beijing year), upcoming then past, with its invitations' answers. */
export async function listMeetingsForAdmin(now = new Date(), year: number | null = null) {
  const [meetings, groups] = await Promise.all([
    db.meeting.findMany({
      where: year ? meetingsOfYear(year) : {},
      select: { id: true, title: true, kind: true, status: true, startsAt: true, isPublic: true },
      orderBy: { startsAt: "desc" },
      take: 500,
    }),
    db.meetingInvitation.groupBy({ by: ["meetingId", "response"], _count: { _all: true } }),
  ]);
  const counts = new Map<number, ResponseCounts>();
  for (const group of groups) {
    const entry = counts.get(group.meetingId) ?? emptyCounts();
    entry[group.response] = group._count._all;
    counts.set(group.meetingId, entry);
  }
  const rows = meetings.map((meeting) => ({ ...meeting, counts: counts.get(meeting.id) ?? emptyCounts() }));
  return upcomingThenPast(rows, now);
}

/** Everything the admin overview of one meeting shows and edits. */
export async function getMeetingForAdmin(meetingId: number) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      venueId: true,
      onlineUrl: true,
      hostUnitId: true,
      hostUnit: { select: { name: true } },
      isPublic: true,
      status: true,
      cancelReason: true,
      version: true,
      invitations: {
        select: {
          unitId: true,
          response: true,
          delegateName: true,
          excuseReason: true,
          respondedAt: true,
          lastRemindedAt: true,
          unit: { select: { name: true, status: true } },
        },
        orderBy: { unit: { name: "asc" } },
      },
    },
  });
  if (!meeting) return null;
  const counts = emptyCounts();
  for (const invitation of meeting.invitations) counts[invitation.response] += 1;
  return { ...meeting, counts };
}
export type AdminMeeting = NonNullable<Awaited<ReturnType<typeof getMeetingForAdmin>>>;

/** Choices of the scheduling form: shared venues, and the active units to host or invite. */
export async function meetingFormOptions() {
  const [venues, units] = await Promise.all([
    db.venue.findMany({
      select: { id: true, name: true, unit: { select: { shortName: true } } },
      where: { unit: { status: { not: "WITHDRAWN" } } },
      orderBy: [{ unit: { shortName: "asc" } }, { name: "asc" }],
    }),
    db.unit.findMany({
      where: { status: "ACTIVE" },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    venues: venues.map((venue) => ({
      value: String(venue.id),
      label: `${venue.unit.shortName} · ${venue.name}`,
    })),
    units: units.map((unit) => ({ value: String(unit.id), label: unit.name })),
  };
}

/** /meetings: all meetings for members, public ones for visitors. */
export async function listMeetings(membersView: boolean, now = new Date()) {
  const rows = await db.meeting.findMany({
    where: membersView ? {} : { isPublic: true },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      startsAt: true,
      place: true,
      onlineUrl: true,
      isPublic: true,
      venue: { select: { name: true } },
    },
    orderBy: { startsAt: "desc" },
    take: 300,
  });
  return upcomingThenPast(rows, now);
}

export async function getMeetingDetail(meetingId: number) {
  return db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      place: true,
      onlineUrl: true,
      cancelReason: true,
      updatedAt: true,
      venue: { select: { name: true, address: true, unit: { select: { shortName: true } } } },
      hostUnit: { select: { name: true, slug: true, status: true } },
    },
  });
}

export async function getUnitInvitation(meetingId: number, unitId: number) {
  return db.meetingInvitation.findUnique({
    where: { meetingId_unitId: { meetingId, unitId } },
    select: { response: true, delegateName: true, excuseReason: true, respondedAt: true },
  });
}

/** /my: the unit's invitations to meetings that have not started, soonest first. */
export async function listUnitUpcomingInvitations(unitId: number, now = new Date()) {
  return db.meetingInvitation.findMany({
    where: { unitId, meeting: { startsAt: { gt: now }, status: "SCHEDULED" } },
    select: {
      response: true,
      delegateName: true,
      excuseReason: true,
      meeting: { select: { id: true, title: true, kind: true, startsAt: true } },
    },
    orderBy: { meeting: { startsAt: "asc" } },
    take: 50,
  });
}
