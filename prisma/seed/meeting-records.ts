// What the seeded joint meetings have on record: invitations and answers, the agenda,
// attendance, minutes (published for the two 2023 meetings) and their decisions (议定事项).
import type { AttendanceStatus, PrismaClient } from "../../lib/generated/prisma/client";
import { calendarDate } from "./types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const PLENARY_MINUTES = `# 润州区青年工作委员会第一次全体会议纪要

**时间**：2023年2月21日上午
**地点**：润州区机关会议中心

## 会议议程
1. 宣读青年工作委员会成立方案及成员单位名单
2. 审议《润州区青年工作委员会工作规则》
3. 讨论年度活动清单的编制方式

## 会议议定
- 30家成员单位正式加入青年工作委员会，建立“联席会议、活动轮值、结对挂钩”三项机制。
- 会后开展成员单位调研问卷，结合本次协商议事成果编制《2023年度活动清单》。
- 每家成员单位全年至少牵头开展一次青年活动，其余活动自愿“举手”参与。
`;

const MIDYEAR_MINUTES = `# 2023年年中联席会议纪要

**时间**：2023年7月6日下午
**地点**：瑞祥科技青年之家会议室（轮值主持单位：瑞祥科技）

## 上半年活动回顾
上半年各成员单位按活动清单开展植树、读书会、交流联谊等活动，参与青年逾千人次。

## 议定事项
1. 镇江移动牵头，试行成员单位阵地共享预约。
2. 各成员单位于9月底前报送下半年活动计划调整。
`;

async function ids(tx: Tx) {
  const units = await tx.unit.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } });
  const unit = (slug: string) => units.find((u) => u.slug === slug)!.id;
  const admin = await tx.user.findFirstOrThrow({ where: { login: "admin" }, select: { id: true } });
  const host = await tx.user.findFirstOrThrow({ where: { login: "ruixiang-tech" }, select: { id: true } });
  return { units, unit, adminId: admin.id, ruixiangSecretaryId: host.id };
}

export async function seedMeetingRecords(tx: Tx, now: Date): Promise<void> {
  const { units, unit, adminId, ruixiangSecretaryId } = await ids(tx);
  const list = await tx.meeting.findMany({
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true },
  });
  const [plenary, midyear, upcoming] = list;
  if (!plenary || !midyear || !upcoming) return;

  for (const meeting of list) {
    await tx.meetingInvitation.createMany({
      data: units.map((u) => ({ meetingId: meeting.id, unitId: u.id })),
    });
  }

  // The held meetings: everybody answered; attendance as recorded on the day.
  const answered = (meetingId: number, at: Date) =>
    tx.meetingInvitation.updateMany({
      where: { meetingId },
      data: { response: "ATTEND", respondedAt: at },
    });
  await answered(plenary.id, new Date(plenary.startsAt.getTime() - 3 * 86_400_000));
  await answered(midyear.id, new Date(midyear.startsAt.getTime() - 2 * 86_400_000));
  const attendance = (meetingId: number, statusOf: (index: number) => AttendanceStatus) =>
    tx.meetingAttendance.createMany({
      data: units.map((u, index) => {
        const status = statusOf(index);
        const present = status === "PRESENT" || status === "DELEGATE";
        return { meetingId, unitId: u.id, status, headcount: present ? 1 + (index % 2) : 0, method: "ADMIN" };
      }),
    });
  await attendance(plenary.id, () => "PRESENT");
  await attendance(midyear.id, (i) => (i % 11 === 5 ? "DELEGATE" : i % 13 === 12 ? "ABSENT" : "PRESENT"));

  await tx.agendaItem.createMany({
    data: [
      {
        meetingId: plenary.id,
        position: 0,
        title: "宣读青年工作委员会成立方案及成员单位名单",
        durationMinutes: 20,
      },
      {
        meetingId: plenary.id,
        position: 1,
        title: "审议《润州区青年工作委员会工作规则》",
        durationMinutes: 40,
      },
      { meetingId: plenary.id, position: 2, title: "讨论年度活动清单的编制方式", durationMinutes: 60 },
      {
        meetingId: midyear.id,
        position: 0,
        title: "上半年活动清单执行情况",
        presenterUnitId: unit("ruixiang-tech"),
        durationMinutes: 30,
      },
      {
        meetingId: midyear.id,
        position: 1,
        title: "阵地共享预约试行方案",
        presenterUnitId: unit("china-mobile-zhenjiang"),
        durationMinutes: 30,
      },
      {
        meetingId: upcoming.id,
        position: 0,
        title: `${now.getFullYear()}年活动清单完成情况通报`,
        durationMinutes: 30,
      },
      {
        meetingId: upcoming.id,
        position: 1,
        title: "下一年度活动清单征集与轮值安排",
        presenterUnitId: unit("china-mobile-zhenjiang"),
        durationMinutes: 45,
      },
    ],
  });

  const publish = async (
    meetingId: number,
    body: string,
    authorId: number,
    visibility: "PUBLIC" | "MEMBERS",
    at: Date,
  ) => {
    await tx.meetingMinutes.create({
      data: {
        meetingId,
        currentVersion: 1,
        status: "PUBLISHED",
        visibility,
        publishedAt: at,
        publishedById: adminId,
      },
    });
    await tx.minutesVersion.create({ data: { meetingId, number: 1, body, authorId, createdAt: at } });
  };
  await publish(plenary.id, PLENARY_MINUTES, adminId, "PUBLIC", new Date("2023-02-22T02:00:00Z"));
  await publish(
    midyear.id,
    MIDYEAR_MINUTES,
    ruixiangSecretaryId,
    "MEMBERS",
    new Date("2023-07-07T02:00:00Z"),
  );

  await tx.decision.createMany({
    data: [
      {
        meetingId: plenary.id,
        position: 0,
        title: "开展成员单位调研问卷，编制并发布《2023年度活动清单》",
        ownerUnitId: unit("ruixiang-tech"),
        dueOn: calendarDate(2023, 3, 31),
        status: "DONE",
      },
      {
        meetingId: midyear.id,
        position: 0,
        title: "试行成员单位阵地共享预约",
        ownerUnitId: unit("china-mobile-zhenjiang"),
        dueOn: calendarDate(now.getFullYear(), 12, 31),
        status: "IN_PROGRESS",
      },
      {
        meetingId: midyear.id,
        position: 1,
        title: "报送下半年活动计划调整",
        ownerUnitId: unit("china-post-zhenjiang"),
        dueOn: calendarDate(2023, 9, 30),
        status: "DONE",
      },
    ],
  });

  // The coming meeting: a few units have answered already.
  const answers = [
    { slug: "china-mobile-zhenjiang", response: "ATTEND" as const },
    { slug: "china-post-zhenjiang", response: "ATTEND" as const },
    { slug: "ruixiang-tech", response: "DELEGATE" as const, delegateName: "王晓青" },
  ];
  for (const answer of answers) {
    await tx.meetingInvitation.update({
      where: { meetingId_unitId: { meetingId: upcoming.id, unitId: unit(answer.slug) } },
      data: { response: answer.response, delegateName: answer.delegateName ?? "", respondedAt: now },
    });
  }
}
