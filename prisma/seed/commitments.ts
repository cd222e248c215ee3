import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { calendarDate } from "./types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Status = "SUBMITTED" | "RETURNED" | "CONFIRMED";

// Commitment records for the demo: the units that held their activity this year record it as
// evidence, at every stage of review (confirmed, waiting, one returned with a note), and 2023's
// units have their records confirmed. Other units have not recorded anything yet.

/** Review stages handed out in turn to this year's held activities; the fourth is returned. */
const stages: Status[] = ["CONFIRMED", "SUBMITTED", "CONFIRMED"];
const stageOf = (turn: number): Status => (turn === 3 ? "RETURNED" : stages[turn % stages.length]!);
const returnNote = "请补充活动照片和参加人数，再重新提交。";

export async function seedCommitmentRecords(tx: Tx, now: Date): Promise<void> {
  const year = now.getFullYear();
  const today = calendarDate(year, now.getMonth() + 1, now.getDate());
  const held = await tx.activity.findMany({
    where: { year: { in: [2023, year] }, status: { in: ["DONE", "REPORTED"] }, leadUnitId: { not: null } },
    orderBy: [{ year: "asc" }, { plannedMonth: "asc" }, { id: "asc" }],
    select: {
      id: true,
      year: true,
      title: true,
      commitment: true,
      plannedMonth: true,
      plannedDate: true,
      leadUnitId: true,
      communityId: true,
    },
  });
  let turn = 0;
  const rows: Prisma.CommitmentRecordCreateManyInput[] = held.map((activity) => {
    const status: Status = activity.year === 2023 ? "CONFIRMED" : stageOf(turn++);
    const day = activity.plannedDate ?? calendarDate(activity.year, activity.plannedMonth, 15);
    return {
      unitId: activity.leadUnitId!,
      year: activity.year,
      commitment: activity.commitment,
      title: activity.title,
      description: `牵头举办“${activity.title}”，成员单位青年共同参与，活动总结已上报。`,
      occurredOn: day > today ? today : day,
      activityId: activity.id,
      communityId: activity.commitment === "LIVELIHOOD" ? activity.communityId : null,
      status,
      reviewNote: status === "RETURNED" ? returnNote : "",
      reviewedAt: status === "SUBMITTED" ? null : now,
    };
  });
  // A backbone team is built, not held: Chaoyang Community's volunteer team, confirmed.
  const chaoyang = await tx.unit.findUnique({ where: { slug: "chaoyang-community" }, select: { id: true } });
  if (chaoyang && now.getMonth() >= 1) {
    rows.push({
      unitId: chaoyang.id,
      year,
      commitment: "BACKBONE_TEAM",
      title: "朝阳社区青年志愿骨干队",
      description: "组建 8 人青年志愿骨干队，每月开展一次社区服务。",
      occurredOn: calendarDate(year, 2, 1),
      roster: ["张傲雍", "王青", "李晓", "赵宁", "陈越", "周洋", "孙悦", "吴迪"],
      communityId: null,
      status: "CONFIRMED",
      reviewNote: "",
      reviewedAt: now,
    });
  }
  await tx.commitmentRecord.createMany({ data: rows });
}
