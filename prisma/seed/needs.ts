import type { PrismaClient } from "../../lib/generated/prisma/client";
import { needs, UNIT_POINTS, type NeedSeed } from "./needs-data";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// The needs board (社区需求) for the demo, in the committee's own story: Nanshan Subdistrict's
// 2,000 m² plot beside a compound became the 2023 tree planting (closed, with its outcome), the
// 10,000 m² beside it the long-term service site (matched with this year's planting), and
// Chaoyang Community asks for summer childcare for dual-income families and smartphone lessons
// for its elderly (open, the latter with two offers waiting). Member units get map points, so a
// secretary's /my/needs orders needs by distance. Communities and units are found by the names
// and slugs of venues-communities.ts and units.ts.

async function activityFor(tx: Tx, need: NeedSeed, now: Date): Promise<number | null> {
  if (!need.activity) return null;
  const { year, place, type } = need.activity(now.getUTCFullYear());
  const found = await tx.activity.findFirst({
    where: { year, type, ...(place ? { place } : {}) },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return found?.id ?? null;
}

export async function seedNeeds(tx: Tx, now: Date): Promise<void> {
  for (const [slug, [latitude, longitude]] of Object.entries(UNIT_POINTS)) {
    await tx.unit.updateMany({ where: { slug }, data: { latitude, longitude } });
  }
  const admin = await tx.user.findFirst({ where: { role: "ADMIN" }, select: { id: true } });
  if (!admin) return;
  const communities = new Map(
    (await tx.community.findMany({ select: { id: true, name: true } })).map((c) => [c.name, c.id]),
  );
  const units = await tx.unit.findMany({
    select: { id: true, slug: true, users: { where: { role: "SECRETARY" }, select: { id: true }, take: 1 } },
  });
  const unitBySlug = new Map(units.map((u) => [u.slug, u]));

  for (const need of needs(now)) {
    const communityId = communities.get(need.community);
    if (communityId === undefined) continue;
    const activityId = await activityFor(tx, need, now);
    // Without its activity (a trimmed demo list) a matched or closed need stays open.
    const status = need.status !== "OPEN" && activityId === null ? "OPEN" : need.status;
    const postedAt =
      need.posted instanceof Date ? need.posted : new Date(now.getTime() - need.posted * 86_400_000);
    const created = await tx.need.create({
      data: {
        communityId,
        title: need.title,
        description: need.description,
        address: need.address ?? "",
        latitude: need.point?.[0] ?? null,
        longitude: need.point?.[1] ?? null,
        startsOn: need.dates?.[0] ?? null,
        endsOn: need.dates?.[1] ?? null,
        volunteersWanted: need.volunteersWanted,
        skills: need.skills,
        sizeValue: need.size?.[0] ?? null,
        sizeUnit: need.size?.[1] ?? "",
        status,
        activityId: status === "OPEN" ? null : activityId,
        outcome: status === "CLOSED" ? (need.outcome ?? "") : "",
        closedAt: status === "CLOSED" ? (need.closedAt ?? now) : null,
        postedById: admin.id,
        createdAt: postedAt,
      },
      select: { id: true },
    });
    for (const offer of need.offers) {
      const unit = unitBySlug.get(offer.unit);
      const secretary = unit?.users[0];
      if (!unit || !secretary) continue;
      const offeredAt = new Date(postedAt.getTime() + 86_400_000);
      await tx.needOffer.create({
        data: {
          needId: created.id,
          unitId: unit.id,
          headcount: offer.headcount,
          availability: offer.availability,
          note: offer.note ?? "",
          status: offer.accepted ? "ACCEPTED" : "OFFERED",
          offeredById: secretary.id,
          decidedById: offer.accepted ? admin.id : null,
          decidedAt: offer.accepted ? new Date(offeredAt.getTime() + 86_400_000) : null,
          createdAt: offeredAt,
        },
      });
    }
  }
}
