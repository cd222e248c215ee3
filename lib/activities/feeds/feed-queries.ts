import "server-only";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Reads behind the iCalendar feeds. Like the public plan, only PUBLISHED years are ever read,
// and only dated activities: a calendar entry needs a day, "some time in March" is not one.

const feedActivitySelect = {
  id: true,
  title: true,
  type: true,
  plannedDate: true,
  place: true,
  status: true,
  updatedAt: true,
  venue: { select: { name: true } },
  community: { select: { name: true } },
  leadUnit: { select: { name: true } },
} satisfies Prisma.ActivitySelect;

export type FeedActivityRow = Prisma.ActivityGetPayload<{ select: typeof feedActivitySelect }>;

const datedAndPublished = {
  plan: { status: "PUBLISHED" },
  plannedDate: { not: null },
} satisfies Prisma.ActivityWhereInput;

const feedOrder = [{ plannedDate: "asc" }, { position: "asc" }, { id: "asc" }] as const;

/** The dated activities of one year's list, or null when that year has no published list. */
export async function listPlanFeedActivities(year: number): Promise<FeedActivityRow[] | null> {
  const plan = await db.planYear.findFirst({ where: { year, status: "PUBLISHED" }, select: { year: true } });
  if (!plan) return null;
  return db.activity.findMany({
    where: { ...datedAndPublished, year },
    select: feedActivitySelect,
    orderBy: [...feedOrder],
  });
}

/**
 * A unit's feed: the dated activities it leads in published years, or null for an unknown or
 * withdrawn unit (the same units whose profile page exists).
 */
export async function listUnitFeedActivities(
  slug: string,
): Promise<{ unit: { name: string }; activities: FeedActivityRow[] } | null> {
  const unit = await db.unit.findFirst({
    where: { slug, status: { not: "WITHDRAWN" } },
    select: { id: true, name: true },
  });
  if (!unit) return null;
  const activities = await db.activity.findMany({
    where: { ...datedAndPublished, leadUnitId: unit.id },
    select: feedActivitySelect,
    orderBy: [{ year: "asc" }, ...feedOrder],
  });
  return { unit: { name: unit.name }, activities };
}
