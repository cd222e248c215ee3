import "server-only";
import { db } from "@/lib/core/db";
import type { PairingStatus, Prisma } from "@/lib/generated/prisma/client";
import { publicStatuses, runningStatuses } from "./transitions";

// Reads for the pairing pages: the public list and page, a unit's pairings (its public page, /my),
// and the community options of the forms. Other domains' pages read pairings through here.

const unitsSelect = {
  orderBy: { unit: { name: "asc" } },
  select: { unit: { select: { id: true, name: true, shortName: true, slug: true } } },
} satisfies Prisma.Pairing$unitsArgs;

const summarySelect = {
  id: true,
  status: true,
  startsOn: true,
  focusAreas: true,
  reason: true,
  community: {
    select: { id: true, name: true, subdistrict: { select: { name: true } } },
  },
  units: unitsSelect,
} satisfies Prisma.PairingSelect;

export type PairingSummary = Prisma.PairingGetPayload<{ select: typeof summarySelect }>;

const newestFirst = [{ startsOn: "desc" }, { id: "desc" }] satisfies Prisma.PairingOrderByWithRelationInput[];

/** Running (active and paused) pairings for /pairings, grouped by the page. */
export async function listPublicPairings(): Promise<PairingSummary[]> {
  return db.pairing.findMany({
    where: { status: { in: [...runningStatuses] } },
    select: summarySelect,
    orderBy: [{ community: { name: "asc" } }, ...newestFirst],
  });
}

/** A unit's pairings as visitors see them: running first, then ended ones. */
export async function listUnitPublicPairings(unitId: number): Promise<PairingSummary[]> {
  const rows = await db.pairing.findMany({
    where: { status: { in: [...publicStatuses] }, units: { some: { unitId } } },
    select: summarySelect,
    orderBy: newestFirst,
  });
  return rows.sort((a, b) => Number(a.status === "ENDED") - Number(b.status === "ENDED"));
}

/** How many of a unit's pairings are running and waiting (the card on /my). */
export async function countUnitPairings(unitId: number) {
  const rows = await db.pairing.groupBy({
    by: ["status"],
    where: { units: { some: { unitId } }, status: { in: ["PROPOSED", ...runningStatuses] } },
    _count: { _all: true },
  });
  const count = (status: PairingStatus) => rows.find((row) => row.status === status)?._count._all ?? 0;
  return { running: count("ACTIVE") + count("PAUSED"), proposed: count("PROPOSED") };
}

/** How many proposals wait for an admin (the admin overview). */
export async function countProposedPairings(): Promise<number> {
  return db.pairing.count({ where: { status: "PROPOSED" } });
}

const historySelect = {
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: { id: true, status: true, reason: true, createdAt: true },
} satisfies Prisma.Pairing$eventsArgs;

/** A unit's own pairings, every status, with history (/my/pairings). */
export async function listMyPairings(unitId: number) {
  return db.pairing.findMany({
    where: { units: { some: { unitId } } },
    select: { ...summarySelect, note: true, events: historySelect },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/** Communities by subdistrict for the forms' select (a unit's own community left out). */
export async function listCommunityOptions(exceptOwnOf?: number) {
  const rows = await db.community.findMany({
    where: exceptOwnOf === undefined ? {} : { OR: [{ unitId: null }, { unitId: { not: exceptOwnOf } }] },
    select: { id: true, name: true, subdistrict: { select: { name: true } } },
    orderBy: [{ subdistrict: { name: "asc" } }, { name: "asc" }],
  });
  const groups = new Map<string, Array<{ id: number; name: string }>>();
  for (const row of rows) {
    const key = row.subdistrict?.name ?? "";
    groups.set(key, [...(groups.get(key) ?? []), { id: row.id, name: row.name }]);
  }
  return [...groups].map(([subdistrict, communities]) => ({ subdistrict, communities }));
}

export type CommunityOptionGroup = Awaited<ReturnType<typeof listCommunityOptions>>[number];

/** The public page's pairing: never a proposal or a declined one (those are nobody's business). */
export async function getPublicPairing(id: number) {
  return db.pairing.findFirst({
    where: { id, status: { in: [...publicStatuses] } },
    select: { ...summarySelect, note: true, events: historySelect },
  });
}

export type PublicPairing = NonNullable<Awaited<ReturnType<typeof getPublicPairing>>>;

export { getPairingWork, type PairingWork } from "./pairing-work";
