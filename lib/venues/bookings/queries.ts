import "server-only";
import { db } from "@/lib/core/db";
import { pageOf } from "@/lib/core/site/paging";
import { addDays, beijingDayStart } from "@/lib/core/time/beijing";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DayBusy } from "./day-slots";

const live = ["PENDING", "CONFIRMED"] as const;

export type UnitBookingRow = {
  id: number;
  venueId: number;
  venueName: string;
  court: number;
  startsAt: Date;
  endsAt: Date;
  status: "PENDING" | "CONFIRMED" | "DECLINED" | "CANCELLED";
  purpose: string;
  headcount: number;
  /** Made: the venue's owner; received: the booking unit. */
  otherUnitName: string;
  version: number;
  reason: string;
};

const select = {
  id: true,
  court: true,
  startsAt: true,
  endsAt: true,
  status: true,
  purpose: true,
  headcount: true,
  version: true,
  reason: true,
  unit: { select: { name: true } },
  venue: { select: { id: true, name: true, unit: { select: { name: true } } } },
} as const;

type SelectedBooking = Prisma.BookingGetPayload<{ select: typeof select }>;

function toRow(booking: SelectedBooking, side: BookingSide): UnitBookingRow {
  return {
    id: booking.id,
    venueId: booking.venue.id,
    venueName: booking.venue.name,
    court: booking.court,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    status: booking.status,
    purpose: booking.purpose,
    headcount: booking.headcount,
    otherUnitName: side === "made" ? booking.venue.unit.name : booking.unit.name,
    version: booking.version,
    reason: booking.reason,
  };
}

/** Bookings per page on each side of /my/bookings: the page weighs the same after years of use. */
export const BOOKINGS_PAGE_SIZE = 10;

export type BookingSide = "made" | "received";
export type BookingPage = { rows: UnitBookingRow[]; page: number; pageCount: number };

/**
 * One page of one side: upcoming bookings first (soonest on top), then past ones (latest on
 * top). Two counts and two bounded reads whatever the unit's history; a page past the last shows
 * the last.
 */
async function listSide(unitId: number, side: BookingSide, page: number, now: Date): Promise<BookingPage> {
  const whose: Prisma.BookingWhereInput = side === "made" ? { unitId } : { venue: { unitId } };
  const upcomingWhere = { ...whose, endsAt: { gt: now } };
  const pastWhere = { ...whose, endsAt: { lte: now } };
  const [upcomingCount, pastCount] = await Promise.all([
    db.booking.count({ where: upcomingWhere }),
    db.booking.count({ where: pastWhere }),
  ]);
  const total = upcomingCount + pastCount;
  const last = Math.max(1, Math.ceil(total / BOOKINGS_PAGE_SIZE));
  const paging = pageOf(total, Math.min(Math.max(1, page), last), BOOKINGS_PAGE_SIZE)!;
  const upcomingTake = Math.max(0, Math.min(paging.take, upcomingCount - paging.skip));
  const [upcoming, past] = await Promise.all([
    db.booking.findMany({
      where: upcomingWhere,
      select,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      skip: Math.min(paging.skip, upcomingCount),
      take: upcomingTake,
    }),
    db.booking.findMany({
      where: pastWhere,
      select,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      skip: Math.max(0, paging.skip - upcomingCount),
      take: paging.take - upcomingTake,
    }),
  ]);
  return {
    rows: [...upcoming, ...past].map((booking) => toRow(booking, side)),
    page: paging.page,
    pageCount: paging.pageCount,
  };
}

/** The pages asked for of a unit's bookings: those it made and those made of its venues. */
export async function listUnitBookings(
  unitId: number,
  pages: { made?: number; received?: number } = {},
  now = new Date(),
): Promise<Record<BookingSide, BookingPage>> {
  const [made, received] = await Promise.all([
    listSide(unitId, "made", pages.made ?? 1, now),
    listSide(unitId, "received", pages.received ?? 1, now),
  ]);
  return { made, received };
}

/** A booking the unit made, by id (the one just booked, which may be on a later page), or null. */
export async function findUnitBooking(unitId: number, bookingId: number): Promise<UnitBookingRow | null> {
  const booking = await db.booking.findFirst({ where: { id: bookingId, unitId }, select });
  return booking ? toRow(booking, "made") : null;
}

export type BusyRange = {
  court: number;
  startsAt: Date;
  endsAt: Date;
  status: "PENDING" | "CONFIRMED";
  unitName?: string;
};

/** Live bookings of a venue overlapping [from, to); who booked is shown to members only. */
export async function getVenueBusy(
  venueId: number,
  from: Date,
  to: Date,
  viewerIsMember: boolean,
): Promise<BusyRange[]> {
  const rows = await db.booking.findMany({
    where: { venueId, status: { in: [...live] }, startsAt: { lt: to }, endsAt: { gt: from } },
    select: { court: true, startsAt: true, endsAt: true, status: true, unit: { select: { name: true } } },
    orderBy: [{ startsAt: "asc" }, { court: "asc" }],
  });
  return rows.map((row) => ({
    court: row.court,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status as "PENDING" | "CONFIRMED",
    ...(viewerIsMember ? { unitName: row.unit.name } : {}),
  }));
}

/**
 * The live bookings holding any of a Beijing day's time, with the changeover time they keep
 * after them (blockedUntil): one from the evening before can still block the morning.
 */
export async function getDayBusy(venueId: number, date: string): Promise<DayBusy[]> {
  const from = beijingDayStart(date);
  const to = beijingDayStart(addDays(date, 1));
  return db.booking.findMany({
    where: { venueId, status: { in: [...live] }, startsAt: { lt: to }, blockedUntil: { gt: from } },
    select: { court: true, startsAt: true, endsAt: true, blockedUntil: true },
    orderBy: [{ startsAt: "asc" }, { court: "asc" }],
  });
}
