import "server-only";
import { cache } from "react";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeLikePattern } from "@/lib/core/database/like-pattern";
import { reportCountsSelect } from "./activity-counts";
import { plannedFieldsSelect } from "./planned-fields";
import type { MonthCount } from "./plan-calendar";
import type { PlanFilters } from "./plan-filters";

// Public reads of the annual activity list. Only activities of PUBLISHED years are ever returned:
// drafts stay invisible to visitors. Every query selects just the fields a visitor may see.

const publishedPlan = { plan: { status: "PUBLISHED" } } satisfies Prisma.ActivityWhereInput;

/** The published years, newest first (for the year switcher and the "no list" message). */
export const listPublishedYears = cache(async () => {
  return db.planYear.findMany({
    where: { status: "PUBLISHED" },
    select: { year: true, title: true },
    orderBy: { year: "desc" },
  });
});

/** One published year's heading data, or null when that year has no published list. */
export const getPublishedPlanYear = cache(async (year: number) => {
  return db.planYear.findFirst({
    where: { year, status: "PUBLISHED" },
    select: { year: true, title: true, publishedAt: true },
  });
});

const planActivitySelect = {
  id: true,
  ...plannedFieldsSelect,
  status: true,
  leadUnit: { select: { slug: true, name: true, shortName: true, status: true } },
  // Live status on /plan: how many units have signed up (waitlisted ones not counted).
  _count: { select: { participations: { where: { status: "JOINED" } } } },
  // Once reported, cards show the report's figures instead (activity-counts.ts).
  report: { select: reportCountsSelect },
} satisfies Prisma.ActivitySelect;

export type PlanActivity = Prisma.ActivityGetPayload<{ select: typeof planActivitySelect }> & {
  /** Sum of the signed-up units' expected headcounts. */
  joinedHeadcount: number;
};

function planWhere(filters: PlanFilters): Prisma.ActivityWhereInput {
  const where: Prisma.ActivityWhereInput = { ...publishedPlan, year: filters.year };
  if (filters.month !== undefined) where.plannedMonth = filters.month;
  if (filters.type !== undefined) where.type = filters.type;
  if (filters.commitment !== undefined) where.commitment = filters.commitment;
  if (filters.unit !== undefined) where.leadUnit = { slug: filters.unit };
  if (filters.q !== undefined) {
    // Visitors search for what they remember: a word of the title or description, the place,
    // or the lead unit ("邮政").
    const text = { contains: escapeLikePattern(filters.q), mode: "insensitive" } as const;
    where.OR = [
      { title: text },
      { description: text },
      { place: text },
      { leadUnit: { is: { OR: [{ name: text }, { shortName: text }] } } },
    ];
  }
  return where;
}

/** How many activities match the filters in each month (the list's month headings and pages). */
export async function countPublishedPlanByMonth(filters: PlanFilters): Promise<MonthCount[]> {
  const groups = await db.activity.groupBy({
    by: ["plannedMonth"],
    where: planWhere(filters),
    _count: { _all: true },
    orderBy: { plannedMonth: "asc" },
  });
  return groups.map((group) => ({ month: group.plannedMonth, count: group._count._all }));
}

/**
 * Activities of a published year matching the filters, ordered by month, then date (activities with only
 * a month last), then list position; `skip`/`take` select one page of them.
 */
export async function listPublishedPlan(
  filters: PlanFilters,
  { skip, take }: { skip?: number; take?: number } = {},
): Promise<PlanActivity[]> {
  const where = planWhere(filters);
  const activities = await db.activity.findMany({
    where,
    select: planActivitySelect,
    orderBy: [
      { plannedMonth: "asc" },
      { plannedDate: { sort: "asc", nulls: "last" } },
      { position: "asc" },
      { id: "asc" },
    ],
    skip,
    take,
  });
  const sums = await db.participation.groupBy({
    by: ["activityId"],
    where: { status: "JOINED", activityId: { in: activities.map((activity) => activity.id) } },
    _sum: { headcount: true },
  });
  const headcounts = new Map(sums.map((sum) => [sum.activityId, sum._sum.headcount ?? 0]));
  return activities.map((activity) => ({ ...activity, joinedHeadcount: headcounts.get(activity.id) ?? 0 }));
}

/** Units leading at least one activity of a published year (options of the plan's unit filter). */
export async function listPlanLeadUnits(year: number) {
  return db.unit.findMany({
    where: { ledActivities: { some: { ...publishedPlan, year } } },
    select: { slug: true, shortName: true },
    orderBy: { shortName: "asc" },
  });
}

const publicActivitySelect = {
  id: true,
  year: true,
  ...plannedFieldsSelect,
  description: true,
  status: true,
  plan: { select: { title: true } },
  venue: {
    select: { name: true, address: true, unit: { select: { slug: true, shortName: true, status: true } } },
  },
  community: { select: { id: true, name: true, subdistrict: { select: { name: true } } } },
  leadUnit: { select: { slug: true, name: true, shortName: true, status: true } },
} satisfies Prisma.ActivitySelect;

export type PublicActivity = Prisma.ActivityGetPayload<{ select: typeof publicActivitySelect }>;

/** One activity of a published year, or null (unknown id, or its year is still a draft). */
export const getPublicActivity = cache(async (id: number): Promise<PublicActivity | null> => {
  return db.activity.findFirst({
    where: { id, ...publishedPlan },
    select: publicActivitySelect,
  });
});

const unitActivitySelect = {
  id: true,
  year: true,
  title: true,
  type: true,
  plannedMonth: true,
  plannedDate: true,
  status: true,
  report: { select: reportCountsSelect },
} satisfies Prisma.ActivitySelect;

export type UnitActivity = Prisma.ActivityGetPayload<{ select: typeof unitActivitySelect }>;

/** Activities a unit leads in published years, newest year first, then in calendar order. */
export async function listPublicUnitActivities(unitId: number): Promise<UnitActivity[]> {
  return db.activity.findMany({
    where: { leadUnitId: unitId, ...publishedPlan },
    select: unitActivitySelect,
    orderBy: [
      { year: "desc" },
      { plannedMonth: "asc" },
      { plannedDate: { sort: "asc", nulls: "last" } },
      { position: "asc" },
      { id: "asc" },
    ],
  });
}
