// Units with activities and commitment records for the five-commitments tests.
import { db } from "@/lib/db";
import type { ActivityStatus, Commitment, CommitmentStatus } from "@/lib/generated/prisma/enums";
import { uniqueSuffix } from "./index";

export async function createCommunity() {
  return db.community.create({ data: { name: `测试社区${uniqueSuffix()}`, subdistrict: "南山街道" } });
}

/** A year of its own, so totals over "all units of the year" are not disturbed by other tests. */
export async function createPlanYear(year: number, status: "DRAFT" | "PUBLISHED" = "PUBLISHED") {
  return db.planYear.upsert({
    where: { year },
    update: {},
    create: {
      year,
      title: `${year} 年度活动清单`,
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
  });
}

/** An activity the unit leads; PLANNED/CANCELLED items are left unclaimed as the DB requires. */
export async function createLedActivity(
  unitId: number,
  year: number,
  commitment: Commitment,
  status: ActivityStatus,
) {
  const unclaimed = status === "PLANNED" || status === "CANCELLED";
  return db.activity.create({
    data: {
      year,
      title: `测试活动${uniqueSuffix()}`,
      type: "OTHER",
      commitment,
      plannedMonth: 6,
      status,
      leadUnitId: unclaimed ? null : unitId,
      claimedAt: unclaimed ? null : new Date(),
      cancelReason: status === "CANCELLED" ? "测试取消" : "",
    },
  });
}

export async function createCommitmentRecord(
  unitId: number,
  year: number,
  commitment: Commitment,
  status: CommitmentStatus,
  overrides: { roster?: string[]; communityId?: number; title?: string } = {},
) {
  return db.commitmentRecord.create({
    data: {
      unitId,
      year,
      commitment,
      status,
      title: overrides.title ?? `测试记录${uniqueSuffix()}`,
      roster: overrides.roster ?? [],
      communityId: overrides.communityId ?? null,
    },
  });
}
