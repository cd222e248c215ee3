import "server-only";
import { db } from "@/lib/core/db";
import { addDays, beijingDayStart } from "@/lib/core/time/beijing";
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

/** Upcoming first (soonest on top), then past ones (latest on top). */
function upcomingFirst(rows: UnitBookingRow[], now: Date): UnitBookingRow[] {
  const upcoming = rows.filter((row) => row.endsAt >= now).sort((a, b) => +a.startsAt - +b.startsAt);
  const past = rows.filter((row) => row.endsAt < now).sort((a, b) => +b.startsAt - +a.startsAt);
  return [...upcoming, ...past];
}

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

/** A unit's bookings: those it made and those made of its venues (the last 200 of each). */
export async function listUnitBookings(
  unitId: number,
  now = new Date(),
): Promise<{ made: UnitBookingRow[]; received: UnitBookingRow[] }> {
  const [made, received] = await Promise.all([
    db.booking.findMany({ where: { unitId }, select, orderBy: { startsAt: "desc" }, take: 200 }),
    db.booking.findMany({ where: { venue: { unitId } }, select, orderBy: { startsAt: "desc" }, take: 200 }),
  ]);
  const row = (booking: (typeof made)[number], other: string): UnitBookingRow => ({
    id: booking.id,
    venueId: booking.venue.id,
    venueName: booking.venue.name,
    court: booking.court,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    status: booking.status,
    purpose: booking.purpose,
    headcount: booking.headcount,
    otherUnitName: other,
    version: booking.version,
    reason: booking.reason,
  });
  return {
    made: upcomingFirst(
      made.map((b) => row(b, b.venue.unit.name)),
      now,
    ),
    received: upcomingFirst(
      received.map((b) => row(b, b.unit.name)),
      now,
    ),
  };
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
