import "server-only";
import { db } from "@/lib/core/db";
import { plannedFieldsSelect } from "@/lib/activities/plan/planned-fields";
import { activitiesAtStage, type ActivityStage } from "./stages";

// Reads for the admin list builder (drafts included).

// The stage filter of /admin/plan/<year>, which the admin overview counts with (lib/overview).
export { activitiesAtStage, activityStages, parseActivityStage, type ActivityStage } from "./stages";

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

const adminActivitySelect = {
  id: true,
  ...plannedFieldsSelect,
  description: true,
  venueId: true,
  communityId: true,
  serviceSiteId: true,
  status: true,
  cancelReason: true,
  version: true,
  leadUnit: { select: { id: true, name: true } },
} as const;

/** The year's activities in list order, or only those at `stage` (the overview's links). */
export async function listActivitiesForAdmin(year: number, stage: ActivityStage | null = null) {
  // Joined units are counted for this year's activities only: a `_count` in the select would make
  // PostgreSQL count the sign-ups of every year before joining them to this year's activities.
  const [activities, joined] = await Promise.all([
    db.activity.findMany({
      where: activitiesAtStage(year, stage),
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: adminActivitySelect,
    }),
    db.participation.groupBy({
      by: ["activityId"],
      where: { status: "JOINED", activity: { year } },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map(joined.map((row) => [row.activityId, row._count._all]));
  return activities.map((activity) => ({
    ...activity,
    _count: { participations: counts.get(activity.id) ?? 0 },
  }));
}
export type AdminActivity = Awaited<ReturnType<typeof listActivitiesForAdmin>>[number];

/** What /admin/plan/<year> shows: the year's settings and its activities; null for a year without a list. */
export async function loadAdminPlanYear(year: number, stage: ActivityStage | null = null) {
  const [plan, activities] = await Promise.all([
    getPlanYearForAdmin(year),
    listActivitiesForAdmin(year, stage),
  ]);
  return plan ? { plan, activities } : null;
}

/** Options for the activity form's selects and the lead picker. */
export async function listActivityChoices() {
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

/** How many units claimed or joined the activity: only one nobody took part in may be deleted. */
export async function countActivityParticipations(activityId: number) {
  return db.participation.count({ where: { activityId } });
}
