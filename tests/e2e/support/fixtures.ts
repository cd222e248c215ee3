// Records only the end-to-end tests need, added after the demo data so that specs which change
// state (suspending a unit, …) never disturb the demo units other specs read.
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { demoPassword } from "./accounts";

export const fixtureUnits = {
  /** Suspended by the authorization spec while its secretary holds a session. */
  suspendable: "e2e-suspendable",
  /** Leads, and joins, the activity of the whole-year flow spec. */
  flowLead: "e2e-flow-lead",
  flowMember: "e2e-flow-member",
  /** Hosts the minutes spec's meeting: its secretary writes minutes alongside an admin. */
  meetingHost: "e2e-meeting-host",
  /** Invited to the fixture meetings: answers, checks in, owns decisions. */
  meetingGuest: "e2e-meeting-guest",
  /** Records its held activity as commitment evidence; an admin returns, then confirms it. */
  commitments: "e2e-commitments",
} as const;

/** The held activity e2e-commitments leads this year (a cultural activity it hosted). */
export const fixtureCommitmentActivity = "E2E 五方面内容测试羽毛球赛";

/** One meeting per meeting spec, so specs that change a meeting never meet each other. */
export const fixtureMeetings = {
  /** In three days, no host: the agenda spec edits its agenda. */
  agenda: "E2E 议程测试会议",
  /** Started ten minutes ago: the attendance spec checks units in. */
  attendance: "E2E 签到测试会议",
  /** Held two days ago, hosted by e2e-meeting-host: the minutes spec writes its minutes. */
  minutes: "E2E 纪要测试会议",
  /** Held three days ago: the decisions spec lists decisions and their owners update them. */
  decisions: "E2E 议定事项测试会议",
} as const;

export async function addE2eFixtures(db: PrismaClient): Promise<void> {
  const passwordHash = await bcrypt.hash(demoPassword, 10);
  for (const slug of Object.values(fixtureUnits)) {
    const unit = await db.unit.create({
      data: {
        name: `端到端测试单位 ${slug}`,
        shortName: "测试单位",
        slug,
        category: "EMERGING_SECTOR",
        orgType: "BRANCH",
        joinedOn: new Date("2024-01-01"),
      },
    });
    await db.user.create({
      data: {
        login: slug,
        name: `测试书记 ${slug}`,
        passwordHash,
        role: "SECRETARY",
        unitRole: "PRIMARY",
        unitId: unit.id,
        activatedAt: new Date(),
      },
    });
  }
  await addFixtureMeetings(db);
  await addCommitmentActivity(db);
}

async function addCommitmentActivity(db: PrismaClient): Promise<void> {
  const unit = await db.unit.findUniqueOrThrow({ where: { slug: fixtureUnits.commitments } });
  const today = new Date();
  await db.activity.create({
    data: {
      year: today.getFullYear(),
      title: fixtureCommitmentActivity,
      type: "CULTURE_SPORTS",
      commitment: "CULTURE_SPORTS",
      plannedMonth: today.getMonth() + 1,
      plannedDate: new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())),
      status: "DONE",
      leadUnitId: unit.id,
      claimedAt: today,
    },
  });
}

async function addFixtureMeetings(db: PrismaClient): Promise<void> {
  const units = await db.unit.findMany({
    where: { slug: { in: Object.values(fixtureUnits).filter((slug) => slug !== fixtureUnits.suspendable) } },
    select: { id: true, slug: true },
  });
  const unitId = (slug: string) => units.find((unit) => unit.slug === slug)!.id;
  const hour = 3_600_000;
  const now = Date.now();
  const rows: Array<{ title: string; startsIn: number; held: boolean; host?: string }> = [
    { title: fixtureMeetings.agenda, startsIn: 72 * hour, held: false },
    { title: fixtureMeetings.attendance, startsIn: -10 * 60_000, held: false },
    { title: fixtureMeetings.minutes, startsIn: -48 * hour, held: true, host: fixtureUnits.meetingHost },
    { title: fixtureMeetings.decisions, startsIn: -72 * hour, held: true },
  ];
  for (const row of rows) {
    const startsAt = new Date(now + row.startsIn);
    await db.meeting.create({
      data: {
        kind: "JOINT",
        title: row.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * hour),
        place: "端到端测试会议室",
        status: row.held ? "HELD" : "SCHEDULED",
        hostUnitId: row.host ? unitId(row.host) : null,
        invitations: { create: units.map((unit) => ({ unitId: unit.id })) },
      },
    });
  }
}
