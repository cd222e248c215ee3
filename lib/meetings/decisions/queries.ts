import "server-only";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orderDecisions } from "./order";
import { beijingMonthStart, beijingToday } from "@/lib/core/time/beijing";
import type { AdminDecisionFilters } from "./schemas";

const historySelect = {
  id: true,
  fromStatus: true,
  toStatus: true,
  note: true,
  createdAt: true,
  actor: { select: { name: true, unit: { select: { name: true } } } },
} as const;

/** A meeting's decisions in their listed order, with owners and the full status history. */
export async function getMeetingDecisions(meetingId: number) {
  return db.decision.findMany({
    where: { meetingId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      dueOn: true,
      status: true,
      version: true,
      ownerUnitId: true,
      ownerUnit: { select: { id: true, name: true } },
      updates: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: historySelect },
    },
  });
}
export type MeetingDecision = Awaited<ReturnType<typeof getMeetingDecisions>>[number];

/** Units a decision can be assigned to: the active members, by name. */
export async function listOwnerUnitChoices() {
  return db.unit.findMany({
    where: { status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

const lastUpdate = {
  orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  take: 1,
  select: { note: true, createdAt: true },
} satisfies Prisma.Decision$updatesArgs;

/** A unit's decisions still to deliver (open or in progress), overdue first, then by due date. */
export async function listUnitOpenDecisions(unitId: number, now: Date = new Date()) {
  const rows = await db.decision.findMany({
    where: { ownerUnitId: unitId, status: { in: ["OPEN", "IN_PROGRESS"] } },
    select: {
      id: true,
      title: true,
      dueOn: true,
      status: true,
      version: true,
      meeting: { select: { id: true, title: true, startsAt: true } },
      updates: lastUpdate,
    },
  });
  return orderDecisions(rows, beijingToday(now));
}

/** Upper bound of rows on the admin page; filters narrow it down. */
export const adminDecisionLimit = 500;

/** Every decision matching the filters (open ones unless asked for all), overdue first. */
export async function listDecisionsForAdmin(filters: AdminDecisionFilters, now: Date = new Date()) {
  const where: Prisma.DecisionWhereInput = {
    ...(filters.status === "ALL"
      ? {}
      : { status: filters.status ? filters.status : { in: ["OPEN", "IN_PROGRESS"] } }),
    ...(filters.unit ? { ownerUnitId: filters.unit } : {}),
    ...(filters.meeting ? { meetingId: filters.meeting } : {}),
    ...(filters.year
      ? {
          meeting: {
            startsAt: { gte: beijingMonthStart(filters.year, 1), lt: beijingMonthStart(filters.year + 1, 1) },
          },
        }
      : {}),
    // Overdue: still being worked on and past its due day (order.ts, isDecisionOverdue).
    ...(filters.overdue
      ? { AND: [{ status: { in: ["OPEN", "IN_PROGRESS"] } }, { dueOn: { lt: beijingToday(now) } }] }
      : {}),
  };
  const rows = await db.decision.findMany({
    where,
    // The database keeps the earliest due first so the cut-off never hides an overdue item.
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: adminDecisionLimit,
    select: {
      id: true,
      title: true,
      dueOn: true,
      status: true,
      version: true,
      ownerUnit: { select: { id: true, name: true } },
      meeting: { select: { id: true, title: true } },
      updates: lastUpdate,
    },
  });
  return orderDecisions(rows, beijingToday(now));
}

/** The meetings that have decisions, newest first, for the admin filter. */
export async function listMeetingsWithDecisions() {
  return db.meeting.findMany({
    where: { decisions: { some: {} } },
    orderBy: { startsAt: "desc" },
    select: { id: true, title: true },
  });
}

/** The units that own decisions, by name, for the admin filter. */
export async function listDecisionOwners() {
  return db.unit.findMany({
    where: { ownedDecisions: { some: {} } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Whether visitors may see a meeting's decisions: public meeting, minutes published publicly. */
export async function areDecisionsPublic(meetingId: number): Promise<boolean> {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: { isPublic: true, minutes: { select: { status: true, visibility: true } } },
  });
  return (
    meeting?.isPublic === true &&
    meeting.minutes?.status === "PUBLISHED" &&
    meeting.minutes.visibility === "PUBLIC"
  );
}
