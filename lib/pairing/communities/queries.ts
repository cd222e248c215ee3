import "server-only";
import { cache } from "react";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { compareNames } from "./group-by-subdistrict";
import { toMapPoint } from "./map-point";

// The contact person and phone are for members only: no public query selects them
// (getCommunityContact is asked by the members' island, behind community.viewContact).

/** Pairings that are under way (proposals and ended ones are not counted). */
const livePairing = { status: { in: ["ACTIVE", "PAUSED"] } } satisfies Prisma.PairingWhereInput;
const openNeed = { status: "OPEN" } satisfies Prisma.NeedWhereInput;
const activeSite = { active: true } satisfies Prisma.ServiceSiteWhereInput;

const countsSelect = {
  _count: {
    select: {
      pairings: { where: livePairing },
      needs: { where: openNeed },
      serviceSites: { where: activeSite },
    },
  },
} satisfies Prisma.CommunitySelect;

const subdistrictSelect = { select: { id: true, name: true } } as const;

/** The subdistricts with how many communities each has, for the admin's forms. */
export async function listSubdistricts() {
  const subdistricts = await db.subdistrict.findMany({
    select: { id: true, name: true, _count: { select: { communities: true } } },
  });
  return subdistricts.sort(compareNames);
}

/** Every community for /admin/communities, optionally searched by name, subdistrict or address. */
export async function listCommunitiesForAdmin(q: string) {
  const contains = { contains: q, mode: "insensitive" } as const;
  return db.community.findMany({
    where: q ? { OR: [{ name: contains }, { address: contains }, { subdistrict: { name: contains } }] } : {},
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      address: true,
      subdistrict: subdistrictSelect,
      unit: { select: { shortName: true } },
      ...countsSelect,
    },
  });
}
export type AdminCommunityRow = Awaited<ReturnType<typeof listCommunitiesForAdmin>>[number];

/** A community for its edit page (with the members-only contact), or null. */
export async function getCommunityForAdmin(id: number) {
  const community = await db.community.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      address: true,
      latitude: true,
      longitude: true,
      description: true,
      contactName: true,
      contactPhone: true,
      unitId: true,
      version: true,
      subdistrict: subdistrictSelect,
    },
  });
  if (!community) return null;
  const { latitude, longitude, ...rest } = community;
  // Decimals do not cross into client components: the form gets plain numbers.
  return { ...rest, point: toMapPoint(latitude, longitude) };
}
export type AdminCommunity = NonNullable<Awaited<ReturnType<typeof getCommunityForAdmin>>>;

/**
 * The member units a community may be linked to as its own league branch: the active ones,
 * plus the one already linked whatever its status (so an edit does not drop it silently).
 */
export async function listUnitOptions(linkedUnitId: number | null = null) {
  const units = await db.unit.findMany({
    where: { OR: [{ status: "ACTIVE" }, ...(linkedUnitId === null ? [] : [{ id: linkedUnitId }])] },
    select: { id: true, name: true },
  });
  return units.sort(compareNames);
}

/** Every community for the public /communities (what a community edit changes, nothing more). */
export async function listPublicCommunities() {
  return db.community.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, address: true, subdistrict: subdistrictSelect },
  });
}
export type PublicCommunityRow = Awaited<ReturnType<typeof listPublicCommunities>>[number];

const publicCommunitySelect = {
  id: true,
  name: true,
  address: true,
  latitude: true,
  longitude: true,
  description: true,
  subdistrict: subdistrictSelect,
  unit: { select: { slug: true, shortName: true, status: true } },
  pairings: {
    where: { status: { in: ["ACTIVE", "PAUSED", "ENDED"] } },
    orderBy: [{ status: "asc" }, { startsOn: "desc" }],
    select: {
      id: true,
      status: true,
      startsOn: true,
      focusAreas: true,
      units: { select: { unit: { select: { slug: true, shortName: true } } }, orderBy: { unitId: "asc" } },
    },
  },
  needs: {
    where: openNeed,
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, startsOn: true, volunteersWanted: true },
  },
  serviceSites: {
    where: activeSite,
    orderBy: { name: "asc" },
    select: { id: true, name: true, areaSqm: true },
  },
  activities: {
    where: { plan: { status: "PUBLISHED" } },
    orderBy: [{ year: "desc" }, { plannedMonth: "desc" }, { id: "desc" }],
    select: { id: true, title: true, year: true, plannedMonth: true, plannedDate: true, status: true },
  },
} satisfies Prisma.CommunitySelect;

/** A community's public page: what it is, where, and its pairings, needs, sites and activities. */
export const getPublicCommunity = cache(async (id: number) => {
  const community = await db.community.findUnique({ where: { id }, select: publicCommunitySelect });
  if (!community) return null;
  const { latitude, longitude, serviceSites, ...rest } = community;
  return {
    ...rest,
    point: toMapPoint(latitude, longitude),
    serviceSites: serviceSites.map((site) => ({
      ...site,
      areaSqm: site.areaSqm === null ? null : Number(site.areaSqm),
    })),
  };
});
export type PublicCommunity = NonNullable<Awaited<ReturnType<typeof getPublicCommunity>>>;

/** The name for the page title. */
export async function getPublicCommunityName(id: number): Promise<string | null> {
  return (await db.community.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}

/** The members-only contact of a community (the caller checks community.viewContact), or null. */
export async function getCommunityContact(id: number) {
  return db.community.findUnique({ where: { id }, select: { contactName: true, contactPhone: true } });
}
