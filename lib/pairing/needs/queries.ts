import { db } from "@/lib/core/db";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import { boardStatuses, listBoardNeeds } from "./public-queries";
import { rankNeeds } from "./rank-needs";
import { needsOfYear } from "./need-year";

export { needsOfYear, parseNeedYear } from "./need-year";

// Reads of the needs board for the admin's pages and the secretary's desk. The public board is
// in public-queries.ts (re-exported here: other domains read only a queries.ts or an index.ts).
export {
  getPublicNeed,
  getPublicNeedPhoto,
  getPublicNeedTitle,
  listBoardNeeds,
  listCommunityNeeds,
  type NeedCard,
  type PublicNeed,
} from "./public-queries";

export const needStatuses = [
  "OPEN",
  "MATCHED",
  "CLOSED",
  "CANCELLED",
] as const satisfies readonly NeedStatus[];

/** /admin/needs: one status at a time (of one year: need-year.ts), newest first, with how many units offered. */
export async function listAdminNeeds(status: NeedStatus, year: number | null = null) {
  const inYear = year ? needsOfYear(year) : {};
  const [rows, counts] = await Promise.all([
    db.need.findMany({
      where: { status, ...inYear },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: {
        id: true,
        title: true,
        createdAt: true,
        volunteersWanted: true,
        community: { select: { name: true } },
        _count: { select: { offers: { where: { status: "OFFERED" } } } },
      },
    }),
    db.need.groupBy({ by: ["status"], where: inYear, _count: { _all: true } }),
  ]);
  const byStatus = Object.fromEntries(counts.map((row) => [row.status, row._count._all]));
  return {
    needs: rows.map((row) => ({ ...row, waitingOffers: row._count.offers })),
    counts: Object.fromEntries(needStatuses.map((s) => [s, byStatus[s] ?? 0])) as Record<NeedStatus, number>,
  };
}

/** Everything /admin/needs/[id] shows and edits. */
export async function getAdminNeed(id: number) {
  const need = await db.need.findUnique({
    where: { id },
    include: {
      community: { select: { id: true, name: true } },
      activity: { select: { id: true, title: true, year: true } },
      photos: { select: { id: true, caption: true }, orderBy: { id: "asc" } },
      offers: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          headcount: true,
          availability: true,
          note: true,
          status: true,
          createdAt: true,
          decidedAt: true,
          unit: { select: { id: true, name: true } },
          offeredBy: { select: { name: true } },
        },
      },
    },
  });
  if (!need) return null;
  return {
    ...need,
    latitude: need.latitude?.toString() ?? "",
    longitude: need.longitude?.toString() ?? "",
    sizeValue: need.sizeValue?.toString() ?? "",
  };
}

export type AdminNeed = NonNullable<Awaited<ReturnType<typeof getAdminNeed>>>;

/** The communities a need can be posted for, grouped by subdistrict in the select. */
export async function listNeedCommunities() {
  return db.community.findMany({
    orderBy: [{ subdistrict: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, subdistrict: { select: { name: true } } },
  });
}

/** The years a need can become an activity of, and the activities it can be attached to. */
export async function listMatchTargets() {
  const years = await db.planYear.findMany({
    orderBy: { year: "desc" },
    take: 3,
    select: { year: true, title: true },
  });
  const activities = await db.activity.findMany({
    where: { year: { in: years.map((y) => y.year) }, status: { not: "CANCELLED" } },
    orderBy: [{ year: "desc" }, { plannedMonth: "asc" }, { position: "asc" }],
    select: { id: true, title: true, year: true, plannedMonth: true },
  });
  return { years, activities };
}

/** What a change of this need expires (its community's page, its activity's page). */
export async function needRefs(needId: number) {
  return db.need.findUnique({ where: { id: needId }, select: { communityId: true, activityId: true } });
}

export async function needOfOffer(offerId: number): Promise<number | null> {
  const offer = await db.needOffer.findUnique({ where: { id: offerId }, select: { needId: true } });
  return offer?.needId ?? null;
}

/**
 * The board in the unit's order ("needs first, locality second", rank-needs.ts), each need
 * with its reason and the unit's live offer on it, if any.
 */
export async function loadUnitBoard(unitId: number) {
  const [needs, unit, paired, offers] = await Promise.all([
    listBoardNeeds(),
    db.unit.findUnique({ where: { id: unitId }, select: { latitude: true, longitude: true } }),
    db.pairingUnit.findMany({ where: { unitId, live: true }, select: { communityId: true } }),
    db.needOffer.findMany({
      where: {
        unitId,
        status: { in: ["OFFERED", "ACCEPTED"] },
        need: { status: { in: [...boardStatuses] } },
      },
      select: { needId: true, status: true },
    }),
  ]);
  const unitPoint =
    unit?.latitude && unit.longitude
      ? { latitude: unit.latitude.toNumber(), longitude: unit.longitude.toNumber() }
      : null;
  const offerOf = new Map(offers.map((offer) => [offer.needId, offer.status]));
  const ranked = rankNeeds(needs, { point: unitPoint, pairedCommunityIds: paired.map((p) => p.communityId) });
  return {
    hasPoint: unitPoint !== null,
    needs: ranked.map((need) => ({ ...need, myOffer: offerOf.get(need.id) ?? null })),
  };
}

/** The unit's offers, newest first, with their needs (for /my/needs). */
export async function listUnitOffers(unitId: number) {
  return db.needOffer.findMany({
    where: { unitId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      headcount: true,
      availability: true,
      status: true,
      createdAt: true,
      need: { select: { id: true, title: true, status: true, community: { select: { name: true } } } },
    },
  });
}

/** The unit's offers on one need, newest first (the live one, if any, among them). */
export async function listUnitOffersOn(needId: number, unitId: number) {
  return db.needOffer.findMany({
    where: { needId, unitId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, headcount: true, availability: true, note: true, status: true, createdAt: true },
  });
}

/** For the card on /my: needs on the board and the unit's offers waiting or accepted. */
export async function countUnitNeeds(unitId: number) {
  const [open, waiting, accepted] = await Promise.all([
    db.need.count({ where: { status: "OPEN" } }),
    db.needOffer.count({ where: { unitId, status: "OFFERED" } }),
    db.needOffer.count({
      where: { unitId, status: "ACCEPTED", need: { status: { in: [...boardStatuses] } } },
    }),
  ]);
  return { open, waiting, accepted };
}
