// The admin overview's figures and where each one leads. Every figure links to the filtered
// admin list that shows the records behind it, and that list shows the same count
// (tests/integration/overview/year-overview.test.ts opens each address's list with its own
// parser and query). Pure: the addresses and the small sums are tested without a database.
import type { ActivityStage } from "@/lib/activities/admin/queries";
import { beijingYearMonth } from "@/lib/core/time/beijing";

/** A number and the filtered list of the records behind it. */
export type Figure = { value: number; href: string };

/** A rate: `count` of `of` (value = count / of, 0 when there is nothing to count). */
export type RateFigure = Figure & { count: number; of: number };

export function figure(value: number, href: string): Figure {
  return { value, href };
}

export function rate(count: number, of: number, href: string): RateFigure {
  return { value: of === 0 ? 0 : count / of, count, of, href };
}

/** `/admin?year=`: a four-digit year from 2000 to 2100, else null (this year is shown). */
export function parseOverviewYear(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** "2026-Q2": the Beijing quarter of `now`, as the unit list's `?idle=` reads it. */
export function currentQuarter(now: Date): string {
  const { year, month } = beijingYearMonth(now);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

const withVenue = (venueId?: number) => (venueId ? `&venue=${venueId}` : "");

/** The lists behind the figures (admin pages; the locale is added by the links). */
export const overviewHref = {
  activeUnits: () => "/admin/units?status=ACTIVE",
  unitsWithoutItem: (year: number) => `/admin/units?status=ACTIVE&withoutItem=${year}`,
  idleUnits: (quarter: string) => `/admin/units?status=ACTIVE&idle=${quarter}`,
  items: (year: number, stage: ActivityStage) => `/admin/plan/${year}?stage=${stage}`,
  meetings: (year: number) => `/admin/meetings?year=${year}`,
  decisionsOpen: (year: number) => `/admin/decisions?year=${year}`,
  decisionsOverdue: (year?: number) =>
    year ? `/admin/decisions?year=${year}&overdue=1` : "/admin/decisions?overdue=1",
  bookingsMade: (year: number, venueId?: number) => `/admin/bookings?year=${year}${withVenue(venueId)}`,
  bookingsUsed: (year: number, venueId?: number) =>
    `/admin/bookings?year=${year}${withVenue(venueId)}&used=1`,
  bookingsWaiting: () => "/admin/bookings?waiting=1",
  commitments: (year: number) => `/admin/commitments?year=${year}`,
  rotation: (year: number) => `/admin/rotation?year=${year}`,
  needsMet: (year: number) => `/admin/needs?status=CLOSED&year=${year}`,
  pairingsActive: () => "/admin/pairings?status=ACTIVE",
  pairingProposals: () => "/admin/pairings?status=PROPOSED",
  applicationsWaiting: () => "/admin/applications?status=PENDING",
  reportsOverdue: () => "/admin/reports?status=OVERDUE",
  reportsWaiting: () => "/admin/reports?status=SUBMITTED",
  /** Where the service-site visits logged by hand (part of volunteers and hours) are kept. */
  serviceSites: () => "/admin/sites",
} as const;

/** Hours from milliseconds, to one decimal (bookings are whole or half hours). */
export function hoursOf(milliseconds: number): number {
  return Math.round(milliseconds / 360_000) / 10;
}
