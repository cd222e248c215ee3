// The joint meetings of three years: every unit invited, attendance and published minutes for
// the held ones (public minutes for public meetings), an agenda and decisions for each.
import type { Prisma } from "../../../lib/generated/prisma/client";
import { calendarDate, cst } from "../../../prisma/seed/types";
import type { GenContext } from "./context";

function minutes(title: string, agenda: string[], decisions: string[]): string {
  return [
    `# ${title}纪要`,
    "",
    "**地点**：润州区机关会议中心",
    "",
    "## 会议议程",
    ...agenda.map((line, i) => `${i + 1}. ${line}`),
    "",
    "## 会议情况",
    "各成员单位围绕议程逐项交流，结合本单位青年工作实际提出意见和建议。".repeat(5),
    "",
    "## 议定事项",
    ...decisions.map((line) => `- ${line}`),
  ].join("\n");
}

export async function addMeetings(ctx: GenContext): Promise<number> {
  const { db, size, units, now, adminId, pick } = ctx;
  const rows: Prisma.MeetingCreateManyInput[] = [];
  for (const year of size.years) {
    for (let i = 0; i < size.meetingsPerYear; i++) {
      const month = 1 + Math.floor((i * 12) / size.meetingsPerYear);
      const startsAt = cst(year, month, 10 + (i % 15), 14, 30);
      rows.push({
        kind: i === 0 ? "PLENARY" : "JOINT",
        title: `${year}年第${i + 1}次${i === 0 ? "全体会议" : "联席会议"}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        place: "润州区机关会议中心",
        hostUnitId: units[(i * 7 + year) % units.length]!.id,
        isPublic: i % 2 === 0,
        status: startsAt < now ? "HELD" : "SCHEDULED",
      });
    }
  }
  const meetings = await db.meeting.createManyAndReturn({
    data: rows,
    select: { id: true, title: true, startsAt: true, status: true, isPublic: true },
  });
  const held = meetings.filter((m) => m.status === "HELD");

  await db.meetingInvitation.createMany({
    data: meetings.flatMap((m) =>
      units.map((u) => ({
        meetingId: m.id,
        unitId: u.id,
        response: m.status === "HELD" ? ("ATTEND" as const) : ("PENDING" as const),
        respondedAt: m.status === "HELD" ? new Date(m.startsAt.getTime() - 86_400_000) : null,
      })),
    ),
  });
  await db.meetingAttendance.createMany({
    data: held.flatMap((m) =>
      units.map((u, i) => ({
        meetingId: m.id,
        unitId: u.id,
        status: i % 13 === 12 ? ("ABSENT" as const) : ("PRESENT" as const),
        headcount: i % 13 === 12 ? 0 : 1 + (i % 2),
        method: "QR_CODE" as const,
      })),
    ),
  });
  const agendaTitles = [
    "上阶段活动清单执行情况",
    "阵地共享预约情况通报",
    "下阶段活动安排",
    "成员单位交流发言",
  ];
  const agendaFor = (n: number) => agendaTitles.slice(0, n);
  await db.agendaItem.createMany({
    data: meetings.flatMap((m) =>
      agendaFor(size.agendaItemsPerMeeting).map((title, position) => ({
        meetingId: m.id,
        position,
        title,
        presenterUnitId: pick.pick(units).id,
        durationMinutes: 30,
      })),
    ),
  });
  const decisionTitle = (n: number) => `落实议定事项第${n + 1}项，按期报送进展`;
  await db.decision.createMany({
    data: held.flatMap((m) =>
      Array.from({ length: size.decisionsPerMeeting }, (_, position) => {
        const due = new Date(m.startsAt.getTime() + 60 * 86_400_000);
        return {
          meetingId: m.id,
          position,
          title: decisionTitle(position),
          ownerUnitId: pick.pick(units).id,
          dueOn: calendarDate(due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate()),
          status: due < now ? ("DONE" as const) : ("IN_PROGRESS" as const),
        };
      }),
    ),
  });
  const publishedAt = (m: (typeof held)[number]) => new Date(m.startsAt.getTime() + 86_400_000);
  await db.meetingMinutes.createMany({
    data: held.map((m) => ({
      meetingId: m.id,
      currentVersion: 1,
      status: "PUBLISHED" as const,
      visibility: m.isPublic ? ("PUBLIC" as const) : ("MEMBERS" as const),
      publishedAt: publishedAt(m),
      publishedById: adminId,
    })),
  });
  await db.minutesVersion.createMany({
    data: held.map((m) => ({
      meetingId: m.id,
      number: 1,
      body: minutes(
        m.title,
        agendaFor(size.agendaItemsPerMeeting),
        Array.from({ length: size.decisionsPerMeeting }, (_, n) => decisionTitle(n)),
      ),
      authorId: adminId,
      createdAt: publishedAt(m),
    })),
  });
  return meetings.length;
}
