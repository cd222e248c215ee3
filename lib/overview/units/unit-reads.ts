import "server-only";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inForceDuring, shownToUnit } from "./pairing-year";
import { tallyVenueUse } from "./venue-use";
import { beijingYearWindow } from "./year-window";
import type { BookedVenue, SharedVenue, UnitYearActivity, UnitYearMeeting, UnitYearPairing } from "./types";

// One unit's year, read straight from the other domains' tables (lib/overview reads across
// domains with db, see lib/overview/admin-home.ts). `full` is false for the public part: then
// every read keeps to what visitors can already see on the public pages.

const activitySelect = {
  id: true,
  year: true,
  title: true,
  status: true,
  commitment: true,
  plannedMonth: true,
  plannedDate: true,
} satisfies Prisma.ActivitySelect;

const calendarOrder = [
  { plannedMonth: "asc" },
  { plannedDate: { sort: "asc", nulls: "last" } },
  { position: "asc" },
  { id: "asc" },
] satisfies Prisma.ActivityOrderByWithRelationInput[];

/** Cancelled items were not done by anybody; drafts of the list are not shown to visitors. */
function itemsOf(year: number, full: boolean): Prisma.ActivityWhereInput {
  return { year, status: { not: "CANCELLED" }, ...(full ? {} : { plan: { status: "PUBLISHED" } }) };
}

/**
 * Items led, and items joined. Visitors never see who signed up for an activity (its page shows
 * only counts), but they do see the units a report names as having taken part: the public
 * "joined" is those, the full one every activity the unit is signed up for (not waitlisted or
 * withdrawn).
 */
export async function readActivities(unitId: number, year: number, full: boolean) {
  const joinedWhere: Prisma.ActivityWhereInput = full
    ? { participations: { some: { unitId, status: "JOINED" } } }
    : {
        status: "REPORTED",
        report: {
          status: { in: ["SUBMITTED", "ACCEPTED"] },
          participants: { some: { unitId, count: { gt: 0 } } },
        },
      };
  const [led, joined] = await Promise.all([
    db.activity.findMany({
      where: { ...itemsOf(year, full), leadUnitId: unitId },
      select: activitySelect,
      orderBy: calendarOrder,
    }),
    db.activity.findMany({
      where: {
        AND: [itemsOf(year, full), joinedWhere],
        OR: [{ leadUnitId: null }, { leadUnitId: { not: unitId } }],
      },
      select: activitySelect,
      orderBy: calendarOrder,
    }),
  ]);
  return { led: led as UnitYearActivity[], joined: joined as UnitYearActivity[] };
}

const bookingSpan = { venueId: true, startsAt: true, endsAt: true } satisfies Prisma.BookingSelect;

/**
 * Venues the unit shares, with how often other units used them (confirmed bookings starting in
 * the year; a unit using its own venue is not sharing it), and in the full part the venues of
 * other units it booked. Visitors see active venues only (hidden ones are off the map) and
 * never who booked (lib/venues: "who booked for members").
 */
export async function readVenues(unitId: number, year: number, full: boolean) {
  const window = beijingYearWindow(year);
  const confirmed = { status: "CONFIRMED", startsAt: window } satisfies Prisma.BookingWhereInput;
  const [venues, usedByOthers, booked] = await Promise.all([
    db.venue.findMany({
      where: { unitId, ...(full ? {} : { active: true }) },
      select: { id: true, name: true, kind: true, active: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db.booking.findMany({
      where: { ...confirmed, venue: { unitId }, unitId: { not: unitId } },
      select: bookingSpan,
    }),
    full
      ? db.booking.findMany({
          where: { ...confirmed, unitId, venue: { unitId: { not: unitId } } },
          select: {
            ...bookingSpan,
            venue: { select: { name: true, kind: true, unit: { select: { name: true, slug: true } } } },
          },
        })
      : Promise.resolve([]),
  ]);
  const uses = tallyVenueUse(usedByOthers);
  const shared: SharedVenue[] = venues
    // A hidden venue stays in the full part only for the uses it had that year.
    .filter((venue) => venue.active || uses.has(venue.id))
    .map(({ id, name, kind }) => ({ id, name, kind, ...(uses.get(id) ?? { uses: 0, hours: 0 }) }));
  const bookedUses = tallyVenueUse(booked);
  const bookedVenues = new Map(booked.map((b) => [b.venueId, b.venue]));
  const bookedList: BookedVenue[] = [...bookedUses]
    .map(([id, use]) => {
      const venue = bookedVenues.get(id)!;
      return { id, name: venue.name, kind: venue.kind, owner: venue.unit, ...use };
    })
    .sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name, "zh-CN"));
  return { shared, booked: bookedList };
}

/**
 * Joint meetings the unit was invited to in the year that were not cancelled and have begun
 * (a meeting still to come is not one missed), with what was recorded. Attended: present in
 * person or by a delegate (lib/meetings/attendance/rates.ts counts the same).
 */
export async function readMeetings(unitId: number, year: number, now: Date): Promise<UnitYearMeeting[]> {
  const window = beijingYearWindow(year);
  const invitations = await db.meetingInvitation.findMany({
    where: {
      unitId,
      meeting: { status: { not: "CANCELLED" }, startsAt: { gte: window.gte, lt: minDate(window.lt, now) } },
    },
    select: {
      response: true,
      meeting: {
        select: {
          id: true,
          title: true,
          kind: true,
          startsAt: true,
          attendance: { where: { unitId }, select: { status: true } },
        },
      },
    },
    orderBy: { meeting: { startsAt: "asc" } },
  });
  return invitations.map(({ response, meeting }) => {
    const attendance = meeting.attendance[0]?.status ?? null;
    return {
      id: meeting.id,
      title: meeting.title,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      rsvp: response,
      attendance,
      attended: attendance === "PRESENT" || attendance === "DELEGATE",
    };
  });
}

/** The earlier of two instants (`lt` bound: "before the year ends and before now"). */
export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/**
 * The unit's pairings in force during the year (the figure), newest first; the full part also
 * lists its proposals still waiting. Declined ones are nobody's business.
 */
export async function readPairings(unitId: number, year: number, full: boolean) {
  const rows = await db.pairing.findMany({
    where: {
      units: { some: { unitId } },
      status: { in: full ? ["PROPOSED", "ACTIVE", "PAUSED", "ENDED"] : ["ACTIVE", "PAUSED", "ENDED"] },
      startsOn: { lt: new Date(Date.UTC(year + 1, 0, 1)) },
    },
    select: {
      id: true,
      status: true,
      startsOn: true,
      focusAreas: true,
      community: { select: { id: true, name: true } },
      events: {
        where: { status: "ENDED" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { createdAt: true },
      },
    },
    orderBy: [{ startsOn: "desc" }, { id: "desc" }],
  });
  const spans = rows.map(({ events, ...pairing }) => ({ ...pairing, endedAt: events[0]?.createdAt ?? null }));
  const listed = spans.filter((p) => (full ? shownToUnit(p, year) : inForceDuring(p, year)));
  return {
    inForce: spans.filter((p) => inForceDuring(p, year)).length,
    list: listed.map(({ endedAt: _endedAt, ...p }) => p) as UnitYearPairing[],
  };
}
