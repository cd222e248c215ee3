// Shapes of the demo data modules. Only types are imported here, so the data files stay
// plain data and can be read (or unit-tested) without loading the Prisma client.
import type {
  ActivityChannel,
  ActivityFormat,
  ActivityReach,
  ActivityStatus,
  ActivityType,
  Commitment,
  LeagueOrgType,
  MeetingKind,
  MeetingStatus,
  UnitCategory,
  VenueKind,
} from "../../lib/generated/prisma/client";

export interface UnitSeed {
  /** Also the secretary's login. Lower-case, unique. */
  slug: string;
  name: string;
  shortName: string;
  category: UnitCategory;
  orgType: LeagueOrgType;
  inDistrict: boolean;
  intro: string;
  address: string;
  /** The unit's league secretary (the person who logs in for the unit). */
  secretary: string;
  /** Shown after the name in the unit's contact, e.g. "负责人" for a person in charge. */
  secretaryTitle?: string;
  /** Fake 11-digit mobile: the secretary's unique login mobile and the unit's contact phone. */
  mobile: string;
  email?: string;
  contactPhonePublic: boolean;
  isDemo: boolean;
}

export interface CommunitySeed {
  name: string;
  subdistrict: string;
  address: string;
  description: string;
  /** Approximate WGS-84 point (decimal strings, both or neither). */
  latitude?: string;
  longitude?: string;
  /** Members-only contact: clearly demo names and fake numbers. */
  contactName?: string;
  contactPhone?: string;
}

export interface VenueSeed {
  unit: string; // unit slug
  name: string;
  kind: VenueKind;
  quantity?: number;
  capacity?: number;
  address: string;
  latitude: string;
  longitude: string;
  description: string;
  contactPhone: string;
}

/** Reference to a venue: "<unit slug>/<venue name>". */
export type VenueRef = `${string}/${string}`;

export interface ActivitySeed {
  /** Lead unit slug; null for an item nobody has claimed yet. */
  lead: string | null;
  month: number;
  /** Day of month for a fixed date (plannedDate); omit when only the month is planned. */
  day?: number;
  title: string;
  description: string;
  type: ActivityType;
  commitment: Commitment;
  channel?: ActivityChannel;
  format?: ActivityFormat;
  reach?: ActivityReach;
  capacity?: number;
  place: string;
  community?: string; // Community.name
  venue?: VenueRef;
  /** Fixed status (used for past years); current-year statuses are derived from the date. */
  status?: ActivityStatus;
}

/** Who leads and when: lead slug (null = unclaimed), month, day (null = month only), fixed status. */
export type Slot = [lead: string | null, month: number, day: number | null, status?: ActivityStatus];
/** What: type, commitment, title. */
export type What = [type: ActivityType, commitment: Commitment, title: string];
/** How and where: the three forms (defaults OFFLINE / THEME / BLOCK), capacity, place, links.
 *  `place` defaults to the venue's name, then the community's name. */
export type Where = Pick<
  ActivitySeed,
  "channel" | "format" | "reach" | "capacity" | "community" | "venue"
> & {
  place?: string;
};

/** Builds one list item from a compact row (keeps the data files short and readable). */
export function activity(
  [lead, month, day, status]: Slot,
  [type, commitment, title]: What,
  where: Where,
  description: string,
): ActivitySeed {
  const place = where.place ?? where.venue?.slice(where.venue.indexOf("/") + 1) ?? where.community ?? "待定";
  return {
    lead,
    month,
    day: day ?? undefined,
    status,
    type,
    commitment,
    title,
    ...where,
    place,
    description,
  };
}

export interface MeetingSeed {
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  endsAt?: Date;
  place: string;
  onlineUrl?: string;
  host?: string; // unit slug
  isPublic: boolean;
  status: MeetingStatus;
}

/** A wall-clock time in Zhenjiang (China Standard Time, UTC+8, no daylight saving). */
export function cst(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour - 8, minute));
}

/** A calendar date for a `@db.Date` column (midnight UTC carries the date unchanged). */
export function calendarDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}
