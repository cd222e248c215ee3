import "server-only";
import { db } from "@/lib/core/db";
import { plannedFieldsSelect } from "@/lib/activities/plan/planned-fields";

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

export async function listActivitiesForAdmin(year: number) {
  return db.activity.findMany({
    where: { year },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      ...plannedFieldsSelect,
      description: true,
      venueId: true,
      communityId: true,
      status: true,
      cancelReason: true,
      version: true,
      leadUnit: { select: { id: true, name: true } },
      _count: { select: { participations: { where: { status: "JOINED" } } } },
    },
  });
}
export type AdminActivity = Awaited<ReturnType<typeof listActivitiesForAdmin>>[number];

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
