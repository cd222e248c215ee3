import "server-only";
import { db } from "@/lib/core/db";

// Reads of long-term service sites (定点服务点) and their service log for the admin pages and the
// activity forms (the public pages read public-queries.ts). Pages never query db themselves.

/** Units that left the committee have no public page: they are listed without a link. */
export const unitLink = { select: { id: true, name: true, slug: true, status: true } } as const;

export const entryInclude = {
  units: { select: { unit: unitLink }, orderBy: { unitId: "asc" } },
  results: { select: { label: true, value: true, unit: true }, orderBy: { position: "asc" } },
  activity: { select: { id: true, title: true } },
} as const;

export const newestFirst = [{ servedOn: "desc" }, { id: "desc" }] as const;

export async function listSitesForAdmin() {
  return db.serviceSite.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      active: true,
      areaSqm: true,
      community: { select: { name: true } },
      _count: { select: { units: true, logEntries: true } },
    },
  });
}

export async function getSiteForAdmin(id: number) {
  return db.serviceSite.findUnique({
    where: { id },
    include: {
      units: { include: { unit: unitLink }, orderBy: { since: "asc" } },
      logEntries: { include: entryInclude, orderBy: [...newestFirst], take: 100 },
      _count: { select: { logEntries: true } },
    },
  });
}

export async function getLogEntryForAdmin(siteId: number, entryId: number) {
  return db.serviceLogEntry.findFirst({
    where: { id: entryId, siteId },
    include: {
      ...entryInclude,
      site: { select: { id: true, name: true, units: { select: { unit: unitLink } } } },
    },
  });
}

/** The choices of the site and log forms: partner communities and active units. */
export async function listSiteFormChoices() {
  const [communities, units] = await Promise.all([
    db.community.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.unit.findMany({
      where: { status: "ACTIVE" },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { communities, units };
}

/** Sites an activity may be held at (the activity form's select): active ones, plus its current one. */
export async function listServiceSiteChoices(currentId?: number | null) {
  return db.serviceSite.findMany({
    where: currentId ? { OR: [{ active: true }, { id: currentId }] } : { active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Whether an activity is held at a service site (its report then changes the site's log). */
export async function isHeldAtServiceSite(activityId: number): Promise<boolean> {
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    select: { serviceSiteId: true },
  });
  return Boolean(activity?.serviceSiteId);
}
