import "server-only";
import { db } from "@/lib/core/db";
import { getServiceTotals } from "@/lib/overview/results/queries";
import { readFullCommitments, readPublicCommitments } from "./commitment-reads";
import { readActivities, readMeetings, readPairings, readVenues } from "./unit-reads";
import { sumVenueUse } from "./venue-use";
import type { UnitYearFull, UnitYearPublic } from "./types";

// A unit's year (issue 16, item 3): what it led and joined, its volunteers and hours, the joint
// meetings it attended, the venues it shared and booked, its pairings and its five commitments.
// The public part (/units/<slug>) and the full one (/my/year, /admin/units/<id>/year) come from
// the same reads; `full: false` keeps every read to what visitors may see.

export type {
  UnitYearFull,
  UnitYearPublic,
  UnitYearRow,
  UnitYearFullFigures,
  UnitYearPublicFigures,
} from "./types";
export { getUnitYearTable } from "./table";

type Options = { full: boolean; now?: Date };

/**
 * The unit's year, or null for an unknown unit (and, in the public part, a withdrawn one: its
 * profile is gone, lib/units/directory getPublicUnit).
 */
export async function getUnitYear(
  unitId: number,
  year: number,
  options: { full: true; now?: Date },
): Promise<UnitYearFull | null>;
export async function getUnitYear(
  unitId: number,
  year: number,
  options: { full: false; now?: Date },
): Promise<UnitYearPublic | null>;
export async function getUnitYear(
  unitId: number,
  year: number,
  { full, now = new Date() }: Options,
): Promise<UnitYearFull | UnitYearPublic | null> {
  const unit = await db.unit.findFirst({
    where: { id: unitId, ...(full ? {} : { status: { not: "WITHDRAWN" } }) },
    select: { id: true, name: true, shortName: true, slug: true, status: true },
  });
  if (!unit) return null;
  return full ? fullYear(unit, year, now) : publicYear(unit, year);
}

type Unit = UnitYearPublic["unit"];

async function publicYear(unit: Unit, year: number): Promise<UnitYearPublic> {
  const [activities, venues, pairings, commitments, service] = await Promise.all([
    readActivities(unit.id, year, false),
    readVenues(unit.id, year, false),
    readPairings(unit.id, year, false),
    readPublicCommitments(unit.id, year),
    // Visitors see nothing of a draft year's list, so neither its people nor its hours.
    getServiceTotals(year, unit.id, { publishedOnly: true }),
  ]);
  return {
    full: false,
    year,
    unit,
    figures: {
      led: activities.led.length,
      joined: activities.joined.length,
      volunteers: service.volunteers,
      hours: service.hours,
      venuesShared: venues.shared.length,
      timesShared: sumVenueUse(venues.shared).uses,
      pairings: pairings.inForce,
      commitmentsConfirmed: commitments.confirmed,
    },
    led: activities.led,
    joined: activities.joined,
    venuesShared: venues.shared,
    pairings: pairings.list,
    commitments: commitments.list,
  };
}

async function fullYear(unit: Unit, year: number, now: Date): Promise<UnitYearFull> {
  const [activities, venues, meetings, pairings, commitments, service] = await Promise.all([
    readActivities(unit.id, year, true),
    readVenues(unit.id, year, true),
    readMeetings(unit.id, year, now),
    readPairings(unit.id, year, true),
    readFullCommitments(unit.id, year),
    getServiceTotals(year, unit.id),
  ]);
  return {
    full: true,
    year,
    unit,
    figures: {
      led: activities.led.length,
      joined: activities.joined.length,
      volunteers: service.volunteers,
      hours: service.hours,
      venuesShared: venues.shared.length,
      timesShared: sumVenueUse(venues.shared).uses,
      pairings: pairings.inForce,
      commitmentsConfirmed: commitments.confirmed,
      commitmentsClaimed: commitments.claimed,
      meetingsAttended: meetings.filter((meeting) => meeting.attended).length,
      meetingsInvited: meetings.length,
      venuesBooked: venues.booked.length,
      timesBooked: sumVenueUse(venues.booked).uses,
    },
    led: activities.led,
    joined: activities.joined,
    venuesShared: venues.shared,
    venuesBooked: venues.booked,
    meetings,
    pairings: pairings.list,
    commitments: commitments.list,
  };
}
