import type { PairingFocus, PairingStatus, PrismaClient } from "../../lib/generated/prisma/client";
import { calendarDate, cst } from "./types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// Pairings (结对挂钩) for the demo: the report's own group — China Post, China Mobile and
// Huadian together with Chaoyang Community since the tree planting of March 2023 (多对一抱团) —
// a one-to-one pairing of the law firm with Baotalu Subdistrict's riders, one proposal waiting
// for the admin, and one ended with its reason. Each has the history a real one would have.
// Communities and units are found by the names and slugs of venues-communities.ts and units.ts.

type Step = {
  status: PairingStatus;
  on: [number, number, number];
  reason?: string;
  by: "admin" | "proposer";
};

type PairingSeed = {
  community: string;
  units: string[];
  startsOn: [number, number, number];
  focusAreas: PairingFocus[];
  note: string;
  /** The unit whose secretary proposed it (null: the admin paired them directly). */
  proposer: string | null;
  history: Step[];
};

/** Ruixiang Technology's proposal, sent five days before the seed runs, to start next month. */
function waitingProposal(now: Date): PairingSeed {
  const sent = new Date(now.getTime() + 8 * 3_600_000 - 5 * 86_400_000);
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return {
    community: "七里甸街道长山社区（示例）",
    units: ["ruixiang-tech"],
    startsOn: [next.getUTCFullYear(), next.getUTCMonth() + 1, 1],
    focusAreas: ["EDUCATION", "CHILDREN"],
    note: "为社区书屋捐赠科普图书，每季度举办一次青少年科技阅读活动。",
    proposer: "ruixiang-tech",
    history: [
      {
        status: "PROPOSED",
        on: [sent.getUTCFullYear(), sent.getUTCMonth() + 1, sent.getUTCDate()],
        by: "proposer",
      },
    ],
  };
}

const PAIRINGS: PairingSeed[] = [
  {
    community: "朝阳社区",
    units: ["china-post-zhenjiang", "china-mobile-zhenjiang", "huadian-jurong"],
    startsOn: [2023, 3, 1],
    focusAreas: ["ENVIRONMENT", "VOLUNTEER_SERVICE", "ELDERLY_CARE"],
    note: "三家成员单位抱团结对朝阳社区：共建润州青年公益林并长期养护，暑期开展双职工子女看护，教老年居民使用智能手机。",
    proposer: null,
    history: [{ status: "ACTIVE", on: [2023, 3, 1], by: "admin" }],
  },
  {
    community: "宝塔路街道",
    units: ["nankunlun-law"],
    startsOn: [2023, 5, 4],
    focusAreas: ["LEGAL_AID", "EMPLOYMENT"],
    note: "律所青年律师每月在骑手驿站开展一次法律咨询，为新就业群体讲解劳动合同和交通事故理赔。",
    proposer: "nankunlun-law",
    history: [
      { status: "PROPOSED", on: [2023, 4, 20], by: "proposer" },
      { status: "ACTIVE", on: [2023, 4, 24], by: "admin" },
    ],
  },
  {
    community: "金山街道",
    units: ["demo-culture-tourism"],
    startsOn: [2023, 6, 1],
    focusAreas: ["ELDERLY_CARE", "CULTURE_SPORTS"],
    note: "节日慰问独居老人，组织老年文艺队到西津渡演出。",
    proposer: null,
    history: [
      { status: "ACTIVE", on: [2023, 6, 1], by: "admin" },
      {
        status: "PAUSED",
        on: [2024, 7, 1],
        reason: "景区暑期接待高峰，青年员工排班紧张，暂停两个月。",
        by: "admin",
      },
      { status: "ACTIVE", on: [2024, 9, 2], by: "admin" },
      {
        status: "ENDED",
        on: [2024, 12, 31],
        reason: "一年半结对期满，慰问工作已移交街道志愿服务队常态开展。",
        by: "admin",
      },
    ],
  },
];

const live = (status: PairingStatus) => status === "PROPOSED" || status === "ACTIVE" || status === "PAUSED";

export async function seedPairings(tx: Tx, now: Date): Promise<void> {
  const admin = await tx.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true } });
  for (const seed of [...PAIRINGS, waitingProposal(now)]) {
    const community = await tx.community.findUniqueOrThrow({
      where: { name: seed.community },
      select: { id: true },
    });
    const units = await tx.unit.findMany({ where: { slug: { in: seed.units } }, select: { id: true } });
    if (units.length !== seed.units.length)
      throw new Error(`Demo seed: a unit of ${seed.community}'s pairing is missing`);
    const proposer = seed.proposer
      ? await tx.user.findUniqueOrThrow({ where: { login: seed.proposer }, select: { id: true } })
      : null;
    const last = seed.history.at(-1)!;
    await tx.pairing.create({
      data: {
        communityId: community.id,
        startsOn: calendarDate(...seed.startsOn),
        focusAreas: seed.focusAreas,
        note: seed.note,
        status: last.status,
        reason: last.reason ?? "",
        proposedById: proposer?.id ?? null,
        version: seed.history.length - 1,
        createdAt: cst(...seed.history[0]!.on, 10),
        units: {
          create: units.map((unit) => ({
            unitId: unit.id,
            communityId: community.id,
            live: live(last.status),
          })),
        },
        events: {
          create: seed.history.map((step) => ({
            status: step.status,
            reason: step.reason ?? "",
            actorId: step.by === "admin" ? admin.id : (proposer?.id ?? admin.id),
            createdAt: cst(...step.on, 10),
          })),
        },
      },
    });
  }
}
