// Records only the end-to-end tests need, added after the demo data so that specs which change
// state (suspending a unit, …) never disturb the demo units other specs read.
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { demoPassword } from "./accounts";
import { createFixtureUnit } from "./fixture-unit";
import { addTodoFixtures } from "./todo-fixtures";
import { addHonestFixtures } from "./honest-fixtures";
import { addScriptFixtures } from "./script-fixtures";

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
  /** Books the day-view fixture venue (booking-day spec). */
  booker: "e2e-booker",
  /** Records its held activity as commitment evidence; an admin returns, then confirms it. */
  commitments: "e2e-commitments",
  /** Claims the cache spec's activity: the cached home page must show it as the lead at once. */
  cacheLead: "e2e-cache-lead",
} as const;

/**
 * The cache-revalidation spec's unclaimed activity this month (shown on the home page) and the
 * short name of the unit that claims it: on the activity's card once it leads it, and within
 * its full name on the activity's page.
 */
export const cacheFixture = {
  item: "E2E 缓存刷新测试活动",
  leadShortName: "缓存测试团支部",
  /** A public meeting per Playwright project (`${meeting} phone`): an admin edits its place. */
  meeting: "E2E 缓存刷新测试会议",
  meetingPlace: "缓存测试一楼会议室",
} as const;

/**
 * Admins for the specs that sign out. Signing out ends every session of the account, so a spec
 * that signs out must not share its admin with specs running at the same time.
 */
export const fixtureAdmins = {
  admission: "e2e-admin-admission",
  admissionPhone: "e2e-admin-admission-phone",
  signIn: "e2e-admin-sign-in",
  commitments: "e2e-admin-commitments",
  sessions: "e2e-admin-sessions",
} as const;

/**
 * A two-court hall of e2e-meeting-host, open daily 08:00–22:00, needing approval, with court 1
 * booked tomorrow 10:00–11:00: the booking-day spec picks free slots in its day view.
 */
export const fixtureVenues = { bookingDay: "E2E 日视图羽毛球馆" } as const;

/**
 * The lead journey spec's records, one set per Playwright project (the spec runs on the phone and
 * the desktop project at once): the lead claims the item, the member joins it, the host owns
 * the venue the lead books. Journey units are not invited to the fixture meetings.
 */
export const journeyProjects = ["phone", "desktop"] as const;
export function journeyFixture(project: string) {
  return {
    lead: `e2e-journey-lead-${project}`,
    member: `e2e-journey-member-${project}`,
    host: `e2e-journey-host-${project}`,
    item: `E2E 旅程测试青年活动 ${project}`,
    venue: `E2E 旅程测试阵地 ${project}`,
  };
}
const journeyUnitSlugs = journeyProjects.flatMap((project) => {
  const { lead, member, host } = journeyFixture(project);
  return [lead, member, host];
});

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
  /**
   * In ten days, public, at 润州区青年之家: what visitors see of /meetings. A fixture rather
   * than a row the spec inserts: the cached list would not show a row written behind its back.
   */
  public: "E2E 公开会议",
} as const;

/**
 * A venue whose name is an HTML payload, shown on the public map: the map spec proves it is
 * shown as text (Leaflet's tooltips and popups would parse a string as HTML).
 */
export const hostileVenueName = "<img src=x onerror=alert(1)>";

export async function addE2eFixtures(db: PrismaClient): Promise<void> {
  const passwordHash = await bcrypt.hash(demoPassword, 10);
  for (const slug of [...Object.values(fixtureUnits), ...journeyUnitSlugs]) {
    await createFixtureUnit(db, slug, passwordHash);
  }
  for (const login of Object.values(fixtureAdmins)) {
    await db.user.create({
      data: { login, name: `测试管理员 ${login}`, passwordHash, role: "ADMIN", activatedAt: new Date() },
    });
  }
  await addFixtureMeetings(db);
  await db.venue.create({
    data: {
      unit: { connect: { slug: fixtureUnits.meetingGuest } },
      name: hostileVenueName,
      kind: "OTHER",
      latitude: "32.190000",
      longitude: "119.460000",
    },
  });
  await addFixtureVenue(db);
  await addTodoFixtures(db, passwordHash);
  await addHonestFixtures(db);
  await addJourneyFixtures(db);
  await addCacheFixture(db);
  await addCommitmentActivity(db);
  await addScriptFixtures(db);
}

async function addFixtureVenue(db: PrismaClient): Promise<void> {
  const host = await db.unit.findUniqueOrThrow({ where: { slug: fixtureUnits.meetingHost } });
  const bookedBy = await db.user.findUniqueOrThrow({ where: { login: fixtureUnits.meetingHost } });
  const tomorrow = new Date(Date.now() + 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  const startsAt = new Date(`${tomorrow}T10:00:00+08:00`);
  const endsAt = new Date(`${tomorrow}T11:00:00+08:00`);
  await db.venue.create({
    data: {
      unitId: host.id,
      name: fixtureVenues.bookingDay,
      kind: "GYM",
      quantity: 2,
      latitude: 32.19,
      longitude: 119.44,
      needsApproval: true,
      minNoticeHours: 0,
      openingHours: {
        create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 480, closesAt: 1320 })),
      },
      bookings: {
        create: {
          court: 1,
          unitId: host.id,
          bookedById: bookedBy.id,
          startsAt,
          endsAt,
          blockedUntil: endsAt,
          purpose: "本单位训练",
          headcount: 8,
          status: "CONFIRMED",
          requestKey: "e2e-booking-day-fixture",
        },
      },
    },
  });
}

/** An unclaimed item this month and a venue open all day, auto-confirmed, bookable at once. */
async function addJourneyFixtures(db: PrismaClient): Promise<void> {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" })
    .format(new Date())
    .split("-")
    .map(Number) as [number, number];
  for (const project of journeyProjects) {
    const fixture = journeyFixture(project);
    await db.activity.create({
      data: {
        year,
        title: fixture.item,
        type: "CULTURE_SPORTS",
        commitment: "CULTURE_SPORTS",
        plannedMonth: month,
        position: 999,
      },
    });
    const host = await db.unit.findUniqueOrThrow({ where: { slug: fixture.host } });
    await db.venue.create({
      data: {
        unitId: host.id,
        name: fixture.venue,
        kind: "MEETING_ROOM",
        capacity: 200,
        address: "润州区端到端测试路 1 号",
        needsApproval: false,
        minNoticeHours: 0,
        maxDurationMinutes: 600,
        openingHours: {
          create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 0, closesAt: 24 * 60 })),
        },
      },
    });
  }
}

async function addCacheFixture(db: PrismaClient): Promise<void> {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" })
    .format(new Date())
    .split("-")
    .map(Number) as [number, number, number];
  await db.unit.update({
    where: { slug: fixtureUnits.cacheLead },
    data: { name: `润州区${cacheFixture.leadShortName}`, shortName: cacheFixture.leadShortName },
  });
  await db.activity.create({
    data: {
      year,
      title: cacheFixture.item,
      type: "CULTURE_SPORTS",
      commitment: "CULTURE_SPORTS",
      plannedMonth: month,
      // Dated today (still claimable): among the first of the month that the home page
      // previews, and carried by the plan's calendar feeds.
      plannedDate: new Date(Date.UTC(year, month - 1, day)),
      position: 998,
    },
  });
  const lead = await db.unit.findUniqueOrThrow({ where: { slug: fixtureUnits.cacheLead } });
  const startsAt = new Date(Date.now() + 5 * 86_400_000);
  for (const project of ["phone", "desktop"]) {
    await db.meeting.create({
      data: {
        kind: "JOINT",
        title: `${cacheFixture.meeting} ${project}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 7_200_000),
        place: cacheFixture.meetingPlace,
        isPublic: true,
        invitations: { create: [{ unitId: lead.id }] },
      },
    });
  }
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
    where: {
      slug: {
        in: Object.values(fixtureUnits).filter(
          (slug) => slug !== fixtureUnits.suspendable && slug !== fixtureUnits.booker,
        ),
      },
    },
    select: { id: true, slug: true },
  });
  const unitId = (slug: string) => units.find((unit) => unit.slug === slug)!.id;
  const hour = 3_600_000;
  const now = Date.now();
  const rows: Array<{ title: string; startsIn: number; held: boolean; host?: string; isPublic?: boolean }> = [
    { title: fixtureMeetings.agenda, startsIn: 72 * hour, held: false },
    { title: fixtureMeetings.attendance, startsIn: -10 * 60_000, held: false },
    { title: fixtureMeetings.minutes, startsIn: -48 * hour, held: true, host: fixtureUnits.meetingHost },
    { title: fixtureMeetings.decisions, startsIn: -72 * hour, held: true },
    { title: fixtureMeetings.public, startsIn: 240 * hour, held: false, isPublic: true },
  ];
  for (const row of rows) {
    const startsAt = new Date(now + row.startsIn);
    await db.meeting.create({
      data: {
        kind: "JOINT",
        title: row.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * hour),
        place: row.isPublic ? "润州区青年之家" : "端到端测试会议室",
        isPublic: row.isPublic ?? false,
        status: row.held ? "HELD" : "SCHEDULED",
        hostUnitId: row.host ? unitId(row.host) : null,
        // The public one invites nobody: no unit's /my gains an invitation from it.
        invitations: { create: row.isPublic ? [] : units.map((unit) => ({ unitId: unit.id })) },
      },
    });
  }
}
