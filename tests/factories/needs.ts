// The needs board: communities with a map point, needs and units' offers, for the needs tests.
// Unique names, so test files and tests run in parallel.
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createAdmin, createSecretary, createUnit, uniqueSuffix } from "./index";

/** A community (with its own subdistrict) at a map point near Zhenjiang's centre. */
export async function createNeedCommunity(overrides: Partial<Prisma.CommunityUncheckedCreateInput> = {}) {
  const subdistrict = await db.subdistrict.create({ data: { name: `需求街道${uniqueSuffix()}` } });
  return db.community.create({
    data: {
      name: `需求社区${uniqueSuffix()}`,
      subdistrictId: subdistrict.id,
      address: "润州区测试路 8 号",
      latitude: "32.200000",
      longitude: "119.450000",
      ...overrides,
    },
  });
}

/** A need on the board (OPEN unless said otherwise), posted by a fresh admin. */
export async function createNeedRow(
  communityId: number,
  overrides: Partial<Prisma.NeedUncheckedCreateInput> = {},
) {
  const postedById = overrides.postedById ?? (await createAdmin()).id;
  return db.need.create({
    data: {
      communityId,
      title: `测试需求${uniqueSuffix()}`,
      description: "需要志愿者帮忙。",
      volunteersWanted: 20,
      ...overrides,
      postedById,
    },
  });
}

/** A unit with its secretary, ready to offer help. */
export async function createHelperUnit(overrides: Partial<Prisma.UnitUncheckedCreateInput> = {}) {
  const unit = await createUnit(overrides);
  const secretary = await createSecretary(unit.id);
  return { unit, secretary };
}

/** An offer of the unit's help (OFFERED unless said otherwise). */
export async function createOfferRow(
  needId: number,
  unitId: number,
  offeredById: number,
  overrides: Partial<Prisma.NeedOfferUncheckedCreateInput> = {},
) {
  return db.needOffer.create({
    data: { needId, unitId, offeredById, headcount: 5, availability: "周六上午", ...overrides },
  });
}

/** The need form's fields, valid; `overrides` replace single fields. */
export function needFields(communityId: number, overrides: Record<string, string | number> = {}) {
  return {
    communityId: String(communityId),
    title: "小区旁空地绿化",
    description: "在居民小区旁 2000 平方米空地上植树绿化。",
    address: "南山街道朝阳社区北侧空地",
    latitude: "32.180000",
    longitude: "119.440000",
    startsOn: "2027-03-01",
    endsOn: "2027-03-31",
    volunteersWanted: "100",
    skills: "植树, 浇水\n搬运",
    sizeValue: "2000",
    sizeUnit: "平方米",
    ...overrides,
  };
}
