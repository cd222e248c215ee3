import "server-only";
import { db } from "@/lib/core/db";
import type { VenueKind } from "@/lib/generated/prisma/enums";
import { beijingDate } from "@/lib/core/time/beijing";
import { hasFreeCourt, isOpenDuring, type FreeAtWindow } from "./free-at";
import { buildWeekCalendar, markClosedDays, weekBounds } from "./week-calendar";

// Public reads of the venue map: active venues only; bookings are reduced to busy times, and
// who booked is only read when the caller says the viewer is signed in.

const liveStatuses = ["PENDING", "CONFIRMED"] as const;

const toNumber = (value: { toString(): string } | null) => (value === null ? null : Number(value.toString()));

export type PublicVenueListItem = Awaited<ReturnType<typeof listPublicVenues>>[number];

/** Active venues, optionally of one kind and/or with a court free (and open) for a window. */
export async function listPublicVenues(filters: { kind: VenueKind | null; freeAt: FreeAtWindow | null }) {
  const { freeAt } = filters;
  const venues = await db.venue.findMany({
    where: { active: true, ...(filters.kind ? { kind: filters.kind } : {}) },
    select: {
      id: true,
      name: true,
      kind: true,
      address: true,
      capacity: true,
      quantity: true,
      contactPhone: true,
      latitude: true,
      longitude: true,
      bufferMinutes: true,
      unit: { select: { name: true } },
      ...(freeAt
        ? {
            openingHours: { select: { weekday: true, opensAt: true, closesAt: true } },
            closedDates: {
              where: { date: new Date(`${beijingDate(freeAt.start)}T00:00:00Z`) },
              select: { date: true },
            },
            bookings: {
              // Widened by a day so that any buffer of the new booking is covered.
              where: {
                status: { in: [...liveStatuses] },
                startsAt: { lt: new Date(freeAt.end.getTime() + 86_400_000) },
                blockedUntil: { gt: freeAt.start },
              },
              select: { court: true, startsAt: true, blockedUntil: true },
            },
          }
        : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return venues
    .filter(
      (venue) =>
        !freeAt ||
        (isOpenDuring(
          venue.openingHours ?? [],
          (venue.closedDates ?? []).map((c) => c.date.toISOString().slice(0, 10)),
          freeAt,
        ) &&
          hasFreeCourt(venue.quantity, venue.bookings ?? [], freeAt, venue.bufferMinutes)),
    )
    .map((venue) => ({
      id: venue.id,
      name: venue.name,
      kind: venue.kind,
      address: venue.address,
      capacity: venue.capacity,
      quantity: venue.quantity,
      contactPhone: venue.contactPhone,
      unitName: venue.unit.name,
      latitude: toNumber(venue.latitude),
      longitude: toNumber(venue.longitude),
    }));
}

export type PublicVenue = NonNullable<Awaited<ReturnType<typeof getPublicVenue>>>;

/**
 * One active venue for its public page: the same for every visitor (the page is cached); its
 * week of busy times is the page's island's (getVenueWeek).
 */
export async function getPublicVenue(id: number, options: { now?: Date } = {}) {
  const today = new Date(`${beijingDate(options.now ?? new Date())}T00:00:00Z`);
  const venue = await db.venue.findFirst({
    where: { id, active: true },
    select: {
      id: true,
      name: true,
      kind: true,
      address: true,
      description: true,
      rules: true,
      capacity: true,
      quantity: true,
      contactPhone: true,
      bookingMode: true,
      needsApproval: true,
      minNoticeHours: true,
      maxAdvanceDays: true,
      maxDurationMinutes: true,
      bufferMinutes: true,
      monthlyQuota: true,
      latitude: true,
      longitude: true,
      unit: { select: { name: true } },
      openingHours: { select: { weekday: true, opensAt: true, closesAt: true }, orderBy: { weekday: "asc" } },
      closedDates: {
        where: { date: { gte: today } },
        select: { date: true, reason: true },
        orderBy: { date: "asc" },
        take: 20,
      },
      photos: { select: { id: true, caption: true }, orderBy: { id: "asc" } },
    },
  });
  if (!venue) return null;
  const { latitude, longitude, ...rest } = venue;
  return {
    ...rest,
    latitude: toNumber(latitude),
    longitude: toNumber(longitude),
    closedDates: venue.closedDates.map((c) => ({
      date: c.date.toISOString().slice(0, 10),
      reason: c.reason,
    })),
  };
}

/**
 * An active venue's week of busy times, each day marked closed or not. Who booked (`label`) is
 * only read for signed-in viewers (`showBookers`); otherwise every label is null.
 */
export async function getVenueWeek(id: number, options: { weekStart: string; showBookers: boolean }) {
  const { from, to } = weekBounds(options.weekStart);
  const venue = await db.venue.findFirst({
    where: { id, active: true },
    select: {
      quantity: true,
      bookingMode: true,
      openingHours: { select: { weekday: true } },
      closedDates: { where: { date: { gte: from, lt: to } }, select: { date: true } },
      bookings: {
        where: { status: { in: [...liveStatuses] }, startsAt: { lt: to }, endsAt: { gt: from } },
        select: {
          court: true,
          startsAt: true,
          endsAt: true,
          ...(options.showBookers ? { unit: { select: { name: true } } } : {}),
        },
        orderBy: { startsAt: "asc" },
      },
    },
  });
  if (!venue) return null;
  const week = buildWeekCalendar(
    options.weekStart,
    venue.bookings.map((b) => ({
      court: b.court,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      label: options.showBookers && b.unit ? b.unit.name : null,
    })),
  );
  return {
    quantity: venue.quantity,
    bookingMode: venue.bookingMode,
    days: markClosedDays(
      week,
      venue.openingHours.map((h) => h.weekday),
      venue.closedDates.map((c) => c.date.toISOString().slice(0, 10)),
    ),
  };
}

/** An active venue's name (page titles), or null. */
export async function getPublicVenueName(id: number): Promise<string | null> {
  const venue = await db.venue.findFirst({ where: { id, active: true }, select: { name: true } });
  return venue?.name ?? null;
}

/** The venue's confirmed bookings for its public feed (no booker names), or null when hidden. */
export async function listVenueFeedBookings(id: number) {
  return db.venue.findFirst({
    where: { id, active: true },
    select: {
      id: true,
      name: true,
      address: true,
      bookings: {
        where: { status: "CONFIRMED" },
        select: { id: true, court: true, startsAt: true, endsAt: true, updatedAt: true },
        orderBy: { startsAt: "asc" },
      },
    },
  });
}
