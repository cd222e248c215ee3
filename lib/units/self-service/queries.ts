import "server-only";
import { db } from "@/lib/core/db";
import { listMyActivities } from "@/lib/activities/participation/queries";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { getMyTodo } from "./todo-queries";

/** The signed-in user's own contact details, with the version the profile form sends back. */
export async function getMyProfile(userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, login: true, name: true, mobile: true, email: true, updatedAt: true },
  });
}

/** The unit's editable public profile, its version, and whether (and since when) it has a logo. */
export async function getMyUnitProfile(unitId: number) {
  return db.unit.findUnique({
    where: { id: unitId },
    select: {
      id: true,
      name: true,
      slug: true,
      intro: true,
      address: true,
      contactName: true,
      contactPhone: true,
      contactPhonePublic: true,
      latitude: true,
      longitude: true,
      category: true,
      orgType: true,
      inDistrict: true,
      status: true,
      joinedOn: true,
      updatedAt: true,
      logo: { select: { contentType: true, updatedAt: true } },
    },
  });
}

/** The unit's year on /my: activities it leads and joins this year, and the bookings it made ahead. */
export async function getMyYear(unitId: number, now: Date = new Date()) {
  const { year } = beijingYearMonth(now);
  const [{ led, joined }, bookings] = await Promise.all([
    listMyActivities(unitId),
    db.booking.findMany({
      where: { unitId, status: { in: ["PENDING", "CONFIRMED"] }, endsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      take: 20,
      select: { id: true, startsAt: true, status: true, venue: { select: { name: true } } },
    }),
  ]);
  return {
    year,
    led: led.filter((item) => item.year === year),
    joined: joined.filter((row) => row.activity.year === year),
    bookings,
  };
}

/**
 * Everything /my reads itself (its sections MyMeetings, MyOpenDecisions and CommitmentSummary
 * read their own): the unit, its to-do list and its year. One call, so the query-count test
 * (tests/integration/core/performance/) measures what the page runs.
 */
export async function loadMyHome(unitId: number, now: Date = new Date()) {
  const [unit, todo, year] = await Promise.all([
    getMyUnitProfile(unitId),
    getMyTodo(unitId, now),
    getMyYear(unitId, now),
  ]);
  return { unit, todo, year };
}
