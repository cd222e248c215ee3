import "server-only";
import { db } from "@/lib/core/db";
import { entryInclude, newestFirst, unitLink } from "./queries";
import { logTotals } from "./totals";

// Reads of the cached public pages (/sites, /sites/<id> and its log pages) and of the unit and
// community pages' service-site sections: the same for every visitor.

/** Public log pages show this many visits each. */
export const logPageSize = 10;

/** Visits, volunteers and hours of each site (the public list). */
async function sumsBySite(where: { siteId?: { in: number[] } } = {}) {
  const groups = await db.serviceLogEntry.groupBy({
    by: ["siteId"],
    where,
    _count: { _all: true },
    _sum: { volunteers: true, hours: true },
  });
  return new Map(
    groups.map((group) => [
      group.siteId,
      {
        visits: group._count._all,
        volunteers: group._sum.volunteers ?? 0,
        hours: Number(group._sum.hours ?? 0),
      },
    ]),
  );
}

export async function listPublicSites() {
  const [sites, sums] = await Promise.all([
    db.serviceSite.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        areaSqm: true,
        address: true,
        community: { select: { id: true, name: true } },
      },
    }),
    sumsBySite(),
  ]);
  return sites.map((site) => ({
    ...site,
    areaSqm: site.areaSqm === null ? null : Number(site.areaSqm),
    totals: sums.get(site.id) ?? { visits: 0, volunteers: 0, hours: 0 },
  }));
}

export async function getPublicSiteName(id: number) {
  const site = await db.serviceSite.findUnique({ where: { id }, select: { name: true } });
  return site?.name ?? null;
}

/** A site's public page: the site, who serves it, and its log rolled up into totals. */
export async function getPublicSite(id: number) {
  const site = await db.serviceSite.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      description: true,
      areaSqm: true,
      address: true,
      latitude: true,
      longitude: true,
      active: true,
      community: { select: { id: true, name: true } },
      units: { select: { since: true, unit: unitLink }, orderBy: { since: "asc" } },
      logEntries: {
        select: {
          volunteers: true,
          hours: true,
          results: { select: { label: true, value: true, unit: true } },
        },
      },
    },
  });
  if (!site) return null;
  const { logEntries, areaSqm, latitude, longitude, ...rest } = site;
  return {
    ...rest,
    areaSqm: areaSqm === null ? null : Number(areaSqm),
    point:
      latitude === null || longitude === null
        ? null
        : { latitude: Number(latitude), longitude: Number(longitude) },
    totals: logTotals(logEntries),
  };
}

/** One page (1-based) of a site's log, newest first; null when the page does not exist. */
export async function listPublicSiteLog(siteId: number, page: number) {
  const [total, entries] = await Promise.all([
    db.serviceLogEntry.count({ where: { siteId } }),
    db.serviceLogEntry.findMany({
      where: { siteId },
      include: entryInclude,
      orderBy: [...newestFirst],
      skip: (page - 1) * logPageSize,
      take: logPageSize,
    }),
  ]);
  const pages = Math.max(1, Math.ceil(total / logPageSize));
  if (page > pages) return null;
  return { total, pages, entries };
}

/**
 * The sites a unit serves (its list) or has visited (the log), each with the visits it took
 * part in and those visits' volunteers and hours: on the unit's page and the secretary's home.
 */
export async function listUnitServiceSites(unitId: number) {
  const [serving, entries] = await Promise.all([
    db.serviceSiteUnit.findMany({
      where: { unitId },
      select: { since: true, site: { select: { id: true, name: true } } },
    }),
    db.serviceLogEntry.findMany({
      where: { units: { some: { unitId } } },
      select: { volunteers: true, hours: true, site: { select: { id: true, name: true } } },
    }),
  ]);
  const sites = new Map<number, { id: number; name: string; since: Date | null; entries: typeof entries }>();
  for (const row of serving) sites.set(row.site.id, { ...row.site, since: row.since, entries: [] });
  for (const entry of entries) {
    const site = sites.get(entry.site.id) ?? { ...entry.site, since: null, entries: [] };
    site.entries.push(entry);
    sites.set(site.id, site);
  }
  return [...sites.values()]
    .map(({ entries: visits, ...site }) => {
      const {
        visits: count,
        volunteers,
        hours,
      } = logTotals(visits.map((visit) => ({ ...visit, results: [] })));
      return { ...site, visits: count, volunteers, hours };
    })
    .sort((a, b) => b.visits - a.visits || a.name.localeCompare(b.name, "zh-CN"));
}

/** A community's service sites with their totals (for the community's public page). */
export async function listCommunityServiceSites(communityId: number) {
  const sites = await db.serviceSite.findMany({
    where: { communityId, active: true },
    select: { id: true, name: true, areaSqm: true },
    orderBy: { name: "asc" },
  });
  const sums = await sumsBySite({ siteId: { in: sites.map((site) => site.id) } });
  return sites.map((site) => ({
    ...site,
    areaSqm: site.areaSqm === null ? null : Number(site.areaSqm),
    totals: sums.get(site.id) ?? { visits: 0, volunteers: 0, hours: 0 },
  }));
}
