import "server-only";
import { db } from "@/lib/core/db";

// Reads for the admin list builder (drafts included).

export async function listPlanYearsForAdmin() {
  return db.planYear.findMany({
    orderBy: { year: "desc" },
    select: {
      year: true,
      title: true,
      status: true,
      publishedAt: true,
      maxLeadsPerUnit: true,
      releaseDeadline: true,
      updatedAt: true,
      _count: { select: { activities: true } },
    },
  });
}

export async function getPlanYearForAdmin(year: number) {
  return db.planYear.findUnique({
    where: { year },
    select: {
      year: true,
      title: true,
      status: true,
      maxLeadsPerUnit: true,
      releaseDeadline: true,
      updatedAt: true,
    },
  });
}

const adminItemSelect = {
  id: true,
  title: true,
  description: true,
  type: true,
  commitment: true,
  plannedMonth: true,
  plannedDate: true,
  channel: true,
  format: true,
  reach: true,
  capacity: true,
  place: true,
  venueId: true,
  communityId: true,
  status: true,
  cancelReason: true,
  version: true,
  leadUnit: { select: { id: true, name: true } },
} as const;

export async function listItemsForAdmin(year: number) {
  // Joined units are counted for this year's items only: a `_count` in the select would make
  // PostgreSQL count the sign-ups of every year before joining them to this year's items.
  const [items, joined] = await Promise.all([
    db.activity.findMany({
      where: { year },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: adminItemSelect,
    }),
    db.participation.groupBy({
      by: ["activityId"],
      where: { status: "JOINED", activity: { year } },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map(joined.map((row) => [row.activityId, row._count._all]));
  return items.map((item) => ({ ...item, _count: { participations: counts.get(item.id) ?? 0 } }));
}

export type AdminItem = Awaited<ReturnType<typeof listItemsForAdmin>>[number];

/** What /admin/plan/<year> shows: the year's settings and its items; null for a year without a list. */
export async function loadAdminPlanYear(year: number) {
  const [plan, items] = await Promise.all([getPlanYearForAdmin(year), listItemsForAdmin(year)]);
  return plan ? { plan, items } : null;
}

/** Options for the item form's selects and the lead picker. */
export async function listItemChoices() {
  const [venues, communities, units] = await Promise.all([
    db.venue.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.community.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.unit.findMany({
      where: { status: "ACTIVE" },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { venues, communities, units };
}

/** How many units claimed or joined the item: only one nobody took part in may be deleted. */
export async function countItemParticipations(activityId: number) {
  return db.participation.count({ where: { activityId } });
}
