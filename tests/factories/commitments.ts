// Units with activities and commitment records for the five-commitments tests.
import { db } from "@/lib/core/db";
import type { ActivityStatus, Commitment, CommitmentRecordStatus } from "@/lib/generated/prisma/enums";
import { uniqueSuffix } from "./index";

export async function createCommunity() {
  return db.community.create({
    data: {
      name: `测试社区${uniqueSuffix()}`,
      subdistrict: {
        connectOrCreate: { where: { name: "南山街道" }, create: { name: "南山街道" } },
      },
    },
  });
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

/** A held activity led by another unit that `unitId` joined. */
export async function createJoinedActivity(
  unitId: number,
  year: number,
  commitment: Commitment,
  status: ActivityStatus = "REPORTED",
) {
  const lead = await db.unit.create({
    data: {
      name: `牵头单位${uniqueSuffix()}`,
      shortName: "牵头",
      slug: `lead-${uniqueSuffix()}`,
      category: "STATE_ENTERPRISE",
      orgType: "COMMITTEE",
      joinedOn: new Date("2023-02-21"),
    },
  });
  const activity = await createLedActivity(lead.id, year, commitment, status);
  await db.participation.create({
    data: { activityId: activity.id, unitId, headcount: 5, status: "JOINED" },
  });
  return activity;
}

/** A record as the unit submitted it (and, for RETURNED/CONFIRMED, as an admin reviewed it). */
export async function createCommitmentRecord(
  unitId: number,
  year: number,
  commitment: Commitment,
  status: CommitmentRecordStatus,
  overrides: { roster?: string[]; communityId?: number; title?: string; activityId?: number } = {},
) {
  return db.commitmentRecord.create({
    data: {
      unitId,
      year,
      commitment,
      status,
      title: overrides.title ?? `测试记录${uniqueSuffix()}`,
      description: "测试说明",
      occurredOn: new Date(`${year}-06-01T00:00:00Z`),
      activityId: overrides.activityId ?? null,
      reviewNote: status === "RETURNED" ? "请补充照片" : "",
      reviewedAt: status === "SUBMITTED" ? null : new Date(),
      roster: overrides.roster ?? [],
      communityId: overrides.communityId ?? null,
    },
  });
}
