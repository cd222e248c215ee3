// Three years of the annual plan: two past years (claimed, joined, done and mostly reported)
// and more items in the current year (claimed by the added units, and open ones to claim).
import type { ActivityStatus, ActivityType, Commitment, Prisma } from "../../../lib/generated/prisma/client";
import { calendarDate, cst } from "../../../prisma/seed/types";
import { dayMs, type GenContext, type GenUnit } from "./context";
import { pastFate } from "./size";

const KINDS: Array<[ActivityType, Commitment, string]> = [
  ["READING_CLUB", "STUDY_EXCHANGE", "青年读书会"],
  ["SOCIAL_EXCHANGE", "STUDY_EXCHANGE", "青年交流联谊"],
  ["ENTREPRENEURSHIP_SALON", "YOUTH_PROJECT", "创新创业沙龙"],
  ["VOLUNTEER_SERVICE", "LIVELIHOOD", "社区志愿服务"],
  ["CULTURE_SPORTS", "CULTURE_SPORTS", "青年文体活动"],
  ["TREE_PLANTING", "LIVELIHOOD", "公益林养护"],
  ["OTHER", "BACKBONE_TEAM", "骨干培训"],
];

type Row = Prisma.ActivityCreateManyInput;

function item(
  ctx: GenContext,
  year: number,
  index: number,
  lead: GenUnit | null,
  status: ActivityStatus,
): Row {
  const [type, commitment, label] = KINDS[index % KINDS.length]!;
  const month = 1 + (index % 12);
  const day = 1 + ((index * 7) % 28);
  const startsAt = cst(year, month, day, 14, 30);
  return {
    year,
    position: 1000 + index,
    title: `${label}（${year}-${index + 1}）`,
    description: `${label}：面向成员单位青年的${label}，欢迎各单位“举手”参与。`.repeat(3),
    type,
    commitment,
    plannedMonth: month,
    plannedDate: calendarDate(year, month, day),
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    capacity: index % 3 === 0 ? 60 : null,
    place: `润州区青年之家${1 + (index % 9)}号活动室`,
    leadUnitId: lead?.id ?? null,
    status,
    cancelReason: status === "CANCELLED" ? "场地临时调整，活动取消" : "",
    claimedAt: lead ? new Date(Date.UTC(year, 0, 25)) : null,
  };
}

/** Items planned later this year stay open for claims, so they carry a month but no date. */
function openItem(ctx: GenContext, year: number, index: number): Row {
  const month = Math.min(12, ctx.now.getUTCMonth() + 1 + (index % 3));
  return {
    ...item(ctx, year, index, null, "PLANNED"),
    plannedMonth: month,
    plannedDate: null,
    startsAt: null,
    endsAt: null,
  };
}

function currentStatus(startsAt: Date, now: Date): ActivityStatus {
  if (startsAt < now) return "DONE"; // reports of this year are still to come
  return startsAt.getTime() - now.getTime() < 30 * dayMs ? "OPEN" : "CLAIMED";
}

/** Writes the items, their sign-ups and reports; returns how many items it wrote. */
export async function addActivities(ctx: GenContext): Promise<number> {
  const { db, size, units, pick } = ctx;
  const [first, second, current] = size.years;
  await db.planYear.createMany({
    data: [first, second].map((year) => ({
      year,
      title: `${year}年度润州青年工作委员会活动清单`,
      status: "PUBLISHED" as const,
      publishedAt: cst(year, 1, 20, 10),
      maxLeadsPerUnit: 2,
    })),
    skipDuplicates: true,
  });
  const rows: Row[] = [];
  for (const year of [first, second]) {
    for (let i = 0; i < size.itemsPerPastYear; i++) {
      const fate = pastFate(i);
      const lead = fate === "unclaimed" ? null : units[i % units.length]!;
      const status = (
        { unclaimed: "PLANNED", cancelled: "CANCELLED", done: "DONE", reported: "REPORTED" } as const
      )[fate];
      rows.push(item(ctx, year, i, lead, status));
    }
  }
  const added = units.slice(units.length - size.currentClaimed);
  added.forEach((lead, i) => {
    const row = item(ctx, current, i, lead, "CLAIMED");
    rows.push({ ...row, status: currentStatus(row.startsAt as Date, ctx.now) });
  });
  for (let i = 0; i < size.currentOpen; i++) rows.push(openItem(ctx, current, size.currentClaimed + i));
  const created = await db.activity.createManyAndReturn({
    data: rows,
    select: { id: true, leadUnitId: true, status: true, plannedDate: true },
  });

  const held = created.filter((a) => a.leadUnitId !== null && a.status !== "CANCELLED");
  const joins = held.map((a) => ({
    activity: a,
    units: pick.sample(
      units.filter((u) => u.id !== a.leadUnitId),
      size.joinsPerItem,
    ),
  }));
  await db.participation.createMany({
    data: joins.flatMap(({ activity, units: joined }) =>
      joined.map((u) => ({
        activityId: activity.id,
        unitId: u.id,
        headcount: pick.int(3, 20),
        status: "JOINED" as const,
      })),
    ),
  });
  await addReports(
    ctx,
    joins.filter((j) => j.activity.status === "REPORTED"),
  );
  return created.length;
}

type Reported = {
  activity: { id: number; leadUnitId: number | null; plannedDate: Date | null };
  units: GenUnit[];
};

async function addReports(ctx: GenContext, reported: Reported[]) {
  const { db, units, pick } = ctx;
  const secretaryOf = new Map(units.map((u) => [u.id, u.secretaryId]));
  const reports = await db.activityReport.createManyAndReturn({
    data: reported.map(({ activity }) => ({
      activityId: activity.id,
      actualDate: activity.plannedDate ?? ctx.now,
      volunteerCount: pick.int(20, 120),
      serviceHours: pick.int(40, 400),
      summary: "活动按计划开展，成员单位青年踊跃参与，形成了可复制的服务经验。".repeat(4),
      status: "ACCEPTED" as const,
      submittedById: secretaryOf.get(activity.leadUnitId!)!,
    })),
    select: { id: true, activityId: true },
  });
  const byActivity = new Map(reported.map((r) => [r.activity.id, r]));
  await db.reportParticipant.createMany({
    data: reports.flatMap((report) => {
      const { activity, units: joined } = byActivity.get(report.activityId)!;
      return [activity.leadUnitId!, ...joined.map((u) => u.id)].map((unitId) => ({
        reportId: report.id,
        unitId,
        count: pick.int(3, 30),
      }));
    }),
  });
  await db.reportResult.createMany({
    data: reports.flatMap((report) => [
      { reportId: report.id, label: "服务人次", value: pick.int(50, 500), unit: "人次", position: 0 },
      { reportId: report.id, label: "志愿时长", value: pick.int(40, 400), unit: "小时", position: 1 },
    ]),
  });
}
