// Subdistricts and communities with what goes on in them (pairings, needs, sites), for the
// communities tests. Unique names, so test files and tests run in parallel.
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PairingStatus } from "@/lib/generated/prisma/enums";
import { uniqueSuffix } from "./index";

export async function createSubdistrictRow(name = `测试街道${uniqueSuffix()}`) {
  return db.subdistrict.create({ data: { name } });
}

/** A community in a subdistrict of its own (or the one given), with a members-only contact. */
export async function createCommunityRow(overrides: Partial<Prisma.CommunityUncheckedCreateInput> = {}) {
  const subdistrictId = overrides.subdistrictId ?? (await createSubdistrictRow()).id;
  return db.community.create({
    data: {
      name: `测试社区${uniqueSuffix()}`,
      address: "润州区测试路 1 号",
      latitude: "32.191264",
      longitude: "119.432718",
      description: "测试社区简介",
      contactName: "示例联系人",
      contactPhone: "0511-85550000",
      ...overrides,
      subdistrictId,
    },
  });
}

/** A pairing of these units with the community, in the given status. */
export async function createPairingRow(
  communityId: number,
  unitIds: number[],
  status: PairingStatus = "ACTIVE",
) {
  const live = status === "PROPOSED" || status === "ACTIVE" || status === "PAUSED";
  return db.pairing.create({
    data: {
      communityId,
      startsOn: new Date("2025-03-01T00:00:00Z"),
      focusAreas: ["ENVIRONMENT", "ELDERLY_CARE"],
      status,
      reason: status === "ENDED" || status === "DECLINED" ? "测试原因" : "",
      units: { create: unitIds.map((unitId) => ({ unitId, communityId, live })) },
    },
  });
}

export async function createNeedRow(
  communityId: number,
  postedById: number,
  overrides: Partial<Prisma.NeedUncheckedCreateInput> = {},
) {
  return db.need.create({
    data: {
      communityId,
      postedById,
      title: `测试需求${uniqueSuffix()}`,
      description: "需要志愿者",
      volunteersWanted: 10,
      ...overrides,
    },
  });
}

export async function createSiteRow(
  communityId: number,
  overrides: Partial<Prisma.ServiceSiteUncheckedCreateInput> = {},
) {
  return db.serviceSite.create({
    data: { name: `测试服务点${uniqueSuffix()}`, communityId, areaSqm: "2000", ...overrides },
  });
}
