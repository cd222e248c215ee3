// Pairings (结对挂钩) for the pairing tests: communities, pairings in any status with their
// history, and the things a pairing's page gathers. Unique names, so files run in parallel.
import { db } from "@/lib/core/db";
import type { PairingFocus, PairingStatus } from "@/lib/generated/prisma/enums";
import { uniqueSuffix } from "./index";

/** A community filed under a subdistrict; `unitId` makes that unit its own league branch. */
export async function createPairingCommunity(options: { unitId?: number; subdistrict?: string } = {}) {
  const subdistrict = options.subdistrict ?? "南山街道";
  return db.community.create({
    data: {
      name: `结对测试社区${uniqueSuffix()}`,
      ...(options.unitId === undefined ? {} : { unit: { connect: { id: options.unitId } } }),
      subdistrict: { connectOrCreate: { where: { name: subdistrict }, create: { name: subdistrict } } },
    },
  });
}

/** A pairing of these units with the community, with a history row for how it got there. */
export async function createPairing(
  communityId: number,
  unitIds: number[],
  status: PairingStatus = "ACTIVE",
  options: { startsOn?: string; focusAreas?: PairingFocus[]; version?: number } = {},
) {
  const live = status === "PROPOSED" || status === "ACTIVE" || status === "PAUSED";
  const reason = status === "ENDED" || status === "DECLINED" || status === "PAUSED" ? "测试原因" : "";
  return db.pairing.create({
    data: {
      communityId,
      startsOn: new Date(`${options.startsOn ?? "2025-03-01"}T00:00:00Z`),
      focusAreas: options.focusAreas ?? ["ENVIRONMENT"],
      status,
      reason,
      version: options.version ?? 0,
      units: { create: unitIds.map((unitId) => ({ unitId, communityId, live })) },
      events: { create: [{ status, reason }] },
    },
  });
}

/** A long-term service site of the community with one visit by these units. */
export async function createSiteVisit(
  communityId: number,
  unitIds: number[],
  recordedById: number,
  visit: {
    servedOn: string;
    volunteers: number;
    hours: string;
    results?: Array<{ label: string; value: string; unit: string }>;
  },
) {
  const site = await db.serviceSite.create({ data: { name: `测试服务点${uniqueSuffix()}`, communityId } });
  return db.serviceLogEntry.create({
    data: {
      siteId: site.id,
      servedOn: new Date(`${visit.servedOn}T00:00:00Z`),
      volunteers: visit.volunteers,
      hours: visit.hours,
      summary: "补植和养护",
      recordedById,
      units: { create: unitIds.map((unitId) => ({ unitId })) },
      results: { create: (visit.results ?? []).map((result, position) => ({ ...result, position })) },
    },
  });
}

/** A need of the community whose offer by `unitId` was accepted (or not). */
export async function createNeedWithOffer(
  communityId: number,
  unitId: number,
  postedById: number,
  status: "OPEN" | "MATCHED" | "CLOSED",
  offerStatus: "OFFERED" | "ACCEPTED" = "ACCEPTED",
) {
  return db.need.create({
    data: {
      communityId,
      title: `测试需求${uniqueSuffix()}`,
      description: "需要志愿者",
      status,
      outcome: status === "CLOSED" ? "已完成绿化" : "",
      closedAt: status === "CLOSED" ? new Date() : null,
      postedById,
      offers: { create: [{ unitId, headcount: 5, status: offerStatus, offeredById: postedById }] },
    },
  });
}
