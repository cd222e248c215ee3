import type { Prisma } from "@/lib/generated/prisma/client";
import { beijingMonthStart } from "@/lib/core/time/beijing";

// /admin/bookings: every unit's bookings for the district committee, filtered by the address
// (the admin overview's figures link here). Pure: parsing and the Prisma condition.

/**
 * A booking request counts as "waiting too long" after two days without an answer. Venues ask
 * for 24 hours' notice by default (Venue.minNoticeHours), and a unit books a few days ahead; a
 * request still undecided after 48 hours risks reaching its start undecided (and can then no
 * longer be decided), so the committee calls the venue's unit.
 */
export const bookingWaitLimitHours = 48;

export const bookingStatuses = ["PENDING", "CONFIRMED", "DECLINED", "CANCELLED"] as const;
export type BookingStatusName = (typeof bookingStatuses)[number];

export type AdminBookingFilter = {
  year?: number;
  venue?: number;
  status?: BookingStatusName;
  /** Confirmed and over: the time venues were used. */
  used?: true;
  /** Still pending after bookingWaitLimitHours, and not begun. */
  waiting?: true;
};

type RawParams = Record<string, string | string[] | undefined>;
const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** The filter from the query string; anything malformed means "no such filter". */
export function parseBookingFilter(params: RawParams): AdminBookingFilter {
  const filter: AdminBookingFilter = {};
  const year = single(params.year);
  if (/^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100) filter.year = Number(year);
  const venue = single(params.venue);
  if (/^[1-9]\d{0,8}$/.test(venue)) filter.venue = Number(venue);
  const status = single(params.status);
  if ((bookingStatuses as readonly string[]).includes(status)) filter.status = status as BookingStatusName;
  if (single(params.used) === "1") filter.used = true;
  if (single(params.waiting) === "1") filter.waiting = true;
  return filter;
}

/** The same filter as a query string ("" for none), in a stable order. */
export function bookingFilterQuery(filter: AdminBookingFilter): string {
  const params = new URLSearchParams();
  if (filter.year) params.set("year", String(filter.year));
  if (filter.venue) params.set("venue", String(filter.venue));
  if (filter.status) params.set("status", filter.status);
  if (filter.used) params.set("used", "1");
  if (filter.waiting) params.set("waiting", "1");
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The bookings the filter shows. A year is the Beijing year of the start. Without a status the
 * list shows the bookings made (pending or confirmed: not declined, not cancelled); `used` the
 * confirmed ones that have ended; `waiting` the pending ones asked more than the limit ago that
 * have not begun.
 */
export function bookingListWhere(filter: AdminBookingFilter, now: Date): Prisma.BookingWhereInput {
  const where: Prisma.BookingWhereInput[] = [];
  if (filter.year) {
    where.push({
      startsAt: { gte: beijingMonthStart(filter.year, 1), lt: beijingMonthStart(filter.year + 1, 1) },
    });
  }
  if (filter.venue) where.push({ venueId: filter.venue });
  if (filter.status) where.push({ status: filter.status });
  else if (!filter.used && !filter.waiting) where.push({ status: { in: ["PENDING", "CONFIRMED"] } });
  if (filter.used) where.push({ status: "CONFIRMED", endsAt: { lte: now } });
  if (filter.waiting) {
    const askedBefore = new Date(now.getTime() - bookingWaitLimitHours * 3_600_000);
    where.push({ status: "PENDING", createdAt: { lte: askedBefore }, startsAt: { gt: now } });
  }
  return { AND: where };
}
