import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MapPoint } from "./rank-needs";

// The needs board as every visitor sees it: open and matched needs on /needs, and a need's own
// page for any need not cancelled. No member-only detail (who offered what) is selected here.

/** A need is on the board while it takes offers: open, or matched with an activity. */
export const boardStatuses = ["OPEN", "MATCHED"] as const;

const point = (latitude: Prisma.Decimal | null, longitude: Prisma.Decimal | null): MapPoint | null =>
  latitude === null || longitude === null
    ? null
    : { latitude: latitude.toNumber(), longitude: longitude.toNumber() };

const cardSelect = {
  id: true,
  title: true,
  status: true,
  address: true,
  latitude: true,
  longitude: true,
  startsOn: true,
  endsOn: true,
  volunteersWanted: true,
  skills: true,
  sizeValue: true,
  sizeUnit: true,
  createdAt: true,
  communityId: true,
  community: {
    select: {
      name: true,
      address: true,
      latitude: true,
      longitude: true,
      subdistrict: { select: { name: true } },
    },
  },
  offers: { where: { status: { in: ["OFFERED", "ACCEPTED"] } }, select: { headcount: true } },
} satisfies Prisma.NeedSelect;

type CardRow = Prisma.NeedGetPayload<{ select: typeof cardSelect }>;

/** What a card on the board shows, with both map points for the unit's ranking. */
function toCard(row: CardRow) {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    communityId: row.communityId,
    communityName: row.community.name,
    subdistrictName: row.community.subdistrict?.name ?? null,
    address: row.address || row.community.address,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    volunteersWanted: row.volunteersWanted,
    volunteersOffered: row.offers.reduce((sum, offer) => sum + offer.headcount, 0),
    skills: row.skills,
    size: row.sizeValue === null ? null : { value: row.sizeValue.toString(), unit: row.sizeUnit },
    createdAt: row.createdAt,
    point: point(row.latitude, row.longitude),
    communityPoint: point(row.community.latitude, row.community.longitude),
  };
}

export type NeedCard = ReturnType<typeof toCard>;

/** The board: needs taking offers, newest first. */
export async function listBoardNeeds(): Promise<NeedCard[]> {
  const rows = await db.need.findMany({
    where: { status: { in: [...boardStatuses] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: cardSelect,
    take: 200,
  });
  return rows.map(toCard);
}

/** A community's needs still on the board (its public page lists them). */
export async function listCommunityNeeds(communityId: number): Promise<NeedCard[]> {
  const rows = await db.need.findMany({
    where: { communityId, status: { in: [...boardStatuses] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: cardSelect,
  });
  return rows.map(toCard);
}

/** A need's public page: anything but a cancelled need. */
export async function getPublicNeed(id: number) {
  const row = await db.need.findFirst({
    where: { id, status: { not: "CANCELLED" } },
    select: {
      ...cardSelect,
      description: true,
      outcome: true,
      closedAt: true,
      activity: { select: { id: true, title: true, year: true } },
      photos: { select: { id: true, caption: true }, orderBy: { id: "asc" } },
      // Units whose help was accepted are named: it is their public record of service.
      offers: {
        where: { status: { in: ["OFFERED", "ACCEPTED"] } },
        select: { headcount: true, status: true, unit: { select: { name: true, slug: true } } },
      },
    },
  });
  if (!row) return null;
  return {
    ...toCard(row),
    description: row.description,
    outcome: row.outcome,
    closedAt: row.closedAt,
    activity: row.activity,
    photos: row.photos,
    acceptedUnits: row.offers.filter((offer) => offer.status === "ACCEPTED").map((offer) => offer.unit),
  };
}

export type PublicNeed = NonNullable<Awaited<ReturnType<typeof getPublicNeed>>>;

export async function getPublicNeedTitle(id: number): Promise<string | null> {
  const row = await db.need.findFirst({
    where: { id, status: { not: "CANCELLED" } },
    select: { title: true },
  });
  return row?.title ?? null;
}

/** A photo of a need shown publicly (not of a cancelled one). */
export async function getPublicNeedPhoto(needId: number, photoId: number) {
  return db.needPhoto.findFirst({
    where: { id: photoId, needId, need: { status: { not: "CANCELLED" } } },
    select: { contentType: true, data: true },
  });
}
