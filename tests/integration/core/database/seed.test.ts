// Integration test of the demo seed. The integration project's setup (tests/setup/
// database-per-file.ts) gives this file its own freshly migrated, empty database in DATABASE_URL
// and drops it afterwards; the seed runs there through a client of its own, as `npm run db:seed` does.
import { PrismaPg } from "@prisma/adapter-pg";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { currentPlan } from "@/prisma/seed/activities-current";
import { seedDemoData } from "@/prisma/seed/index";

const NAMED_SLUGS = [
  "huadian-jurong",
  "china-post-zhenjiang",
  "china-mobile-zhenjiang",
  "ruixiang-tech",
  "nankunlun-law",
  "chaoyang-community",
];
const YEAR = new Date().getFullYear();

let db: PrismaClient;
let seeded: Awaited<ReturnType<typeof seedDemoData>>;

beforeAll(async () => {
  const connectionString = process.env.DATABASE_URL;
  // Only the per-file database of the integration project: never seed a developer's database.
  if (!connectionString || !process.env.TEST_SERVER_ADMIN_URL) {
    throw new Error("Run this file in the integration project: npx vitest run --project integration");
  }
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  expect(await db.unit.count()).toBe(0);
  seeded = await seedDemoData(db);
});

afterAll(async () => {
  await db?.$disconnect();
});

const isoDate = (d: Date | null) => d?.toISOString().slice(0, 10);

describe("seedDemoData", () => {
  it("reports what it wrote", async () => {
    expect(seeded).toEqual({ units: 30, users: 31, activities: 30 + 30 + 3 });
    expect(await db.activity.count()).toBe(seeded.activities);
  });

  it("creates the 30 member units, including the six from the report", async () => {
    const units = await db.unit.findMany();
    expect(units).toHaveLength(30);
    const slugs = units.map((u) => u.slug);
    for (const slug of NAMED_SLUGS) expect(slugs).toContain(slug);
    expect(units.find((u) => u.slug === "china-post-zhenjiang")?.name).toBe("中国邮政镇江分公司团委");
    expect(units.find((u) => u.slug === "huadian-jurong")?.contactName).toBe("汪明灿");
    expect(units.every((u) => isoDate(u.joinedOn) === "2023-02-21")).toBe(true);
    const demo = units.filter((u) => u.isDemo);
    expect(demo).toHaveLength(24);
    expect(demo.every((u) => u.name.endsWith("（示例）") && !NAMED_SLUGS.includes(u.slug))).toBe(true);
    expect(new Set(units.map((u) => u.category)).size).toBe(5);
    expect(units.some((u) => !u.inDistrict)).toBe(true);
  });

  it("creates the admin and exactly one secretary per unit, logging in with the unit's slug", async () => {
    const users = await db.user.findMany({ include: { unit: true } });
    expect(users).toHaveLength(31);
    const admin = users.find((u) => u.login === "admin");
    expect(admin).toMatchObject({ name: "杨凡", role: "ADMIN", unitId: null });
    const secretaries = users.filter((u) => u.role === "SECRETARY");
    expect(secretaries).toHaveLength(30);
    expect(new Set(secretaries.map((u) => u.unitId)).size).toBe(30);
    for (const s of secretaries) expect(s.login).toBe(s.unit?.slug);
    expect(users.every((u) => u.login === u.login.toLowerCase())).toBe(true);
    expect(users.every((u) => /^1\d{10}$/.test(u.mobile ?? ""))).toBe(true);
    expect(new Set(users.map((u) => u.mobile)).size).toBe(31);
  });

  it("gives every user the password Runzhou#2023", async () => {
    const users = await db.user.findMany({ select: { login: true, passwordHash: true } });
    // All users share one hash by design; verify each distinct hash (which covers every user).
    const hashes = [...new Set(users.map((u) => u.passwordHash))];
    for (const hash of hashes) {
      expect(await bcrypt.compare("Runzhou#2023", hash)).toBe(true);
      expect(await bcrypt.compare("runzhou#2023", hash)).toBe(false);
    }
  });

  it("publishes the 2023 list with one item per unit and China Post's tree planting", async () => {
    const plan = await db.planYear.findUniqueOrThrow({
      where: { year: 2023 },
      include: { activities: true },
    });
    expect(plan).toMatchObject({ title: "2023年度润州青年工作委员会活动清单", status: "PUBLISHED" });
    expect(plan.publishedAt?.toISOString().slice(0, 7)).toBe("2023-03");
    const leads = plan.activities.map((a) => a.leadUnitId);
    expect(plan.activities).toHaveLength(30);
    expect(new Set(leads).size).toBe(30);
    expect(leads.every((id) => id !== null)).toBe(true);
    expect(plan.activities.every((a) => a.status === "REPORTED" || a.status === "DONE")).toBe(true);
    expect(new Set(plan.activities.map((a) => a.type)).size).toBe(7);
    expect(new Set(plan.activities.map((a) => a.commitment)).size).toBe(5);

    const trees = await db.activity.findMany({
      where: { year: 2023, type: "TREE_PLANTING" },
      include: { leadUnit: true, community: true },
    });
    expect(trees).toHaveLength(1);
    const tree = trees[0]!;
    expect(isoDate(tree.plannedDate)).toBe("2023-03-10");
    expect(tree.plannedMonth).toBe(3);
    expect(tree.leadUnit?.slug).toBe("china-post-zhenjiang");
    expect(tree.community?.name).toBe("南山街道");
    expect(tree.description).toMatch(/桂花/);
  });

  it("files the tree planting's report in the brief's figures: 100+ volunteers, 200 saplings", async () => {
    const report = await db.activityReport.findFirstOrThrow({
      where: { activity: { year: 2023, type: "TREE_PLANTING" } },
      include: { results: true, participants: true },
    });
    expect(report.status).toBe("ACCEPTED");
    expect(report.volunteerCount).toBeGreaterThan(100);
    expect(report.results.find((result) => result.label === "植树")?.value.toNumber()).toBe(200);
    expect(report.participants.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(100);
  });

  it("publishes the current year's list with claimed and unclaimed items", async () => {
    const plan = await db.planYear.findUniqueOrThrow({
      where: { year: YEAR },
      include: { activities: true },
    });
    expect(plan.status).toBe("PUBLISHED");
    const unclaimed = plan.activities.filter((a) => a.leadUnitId === null);
    expect(unclaimed.length).toBeGreaterThanOrEqual(5);
    expect(unclaimed.every((a) => a.status === "PLANNED")).toBe(true);
    const claimed = plan.activities.filter((a) => a.leadUnitId !== null);
    expect(new Set(claimed.map((a) => a.leadUnitId)).size).toBe(claimed.length);
    expect(new Set(plan.activities.map((a) => a.plannedMonth)).size).toBe(12);
  });

  it("keeps next year's list as a draft", async () => {
    const plan = await db.planYear.findUniqueOrThrow({
      where: { year: YEAR + 1 },
      include: { activities: true },
    });
    expect(plan.status).toBe("DRAFT");
    expect(plan.publishedAt).toBeNull();
    expect(plan.activities).toHaveLength(3);
  });

  it("adds China Mobile's shared venues, communities and meetings", async () => {
    const court = await db.venue.findFirstOrThrow({
      where: { kind: "BADMINTON_COURT", unit: { slug: "china-mobile-zhenjiang" } },
    });
    expect(court.quantity).toBe(3);
    for (const v of await db.venue.findMany()) {
      expect(Number(v.latitude)).toBeGreaterThan(32.18);
      expect(Number(v.longitude)).toBeGreaterThan(119.39);
    }
    expect(await db.community.count({ where: { name: { in: ["南山街道", "朝阳社区"] } } })).toBe(2);
    const plenary = await db.meeting.findFirstOrThrow({ where: { kind: "PLENARY" } });
    expect(plenary).toMatchObject({
      title: "润州区青年工作委员会第一次全体会议",
      isPublic: true,
      status: "HELD",
    });
    const upcoming = await db.meeting.findMany({
      where: { status: "SCHEDULED", startsAt: { gt: new Date() } },
    });
    expect(upcoming).toHaveLength(1);
  });

  it("puts Nanshan Subdistrict's communities on the map with demo contacts, Chaoyang linked to its branch", async () => {
    const nanshan = await db.subdistrict.findUniqueOrThrow({
      where: { name: "南山街道" },
      include: { communities: { include: { unit: true } } },
    });
    expect(nanshan.communities.map((c) => c.name)).toEqual(expect.arrayContaining(["南山街道", "朝阳社区"]));
    expect(nanshan.communities.length).toBeGreaterThanOrEqual(3);
    expect(nanshan.communities.find((c) => c.name === "朝阳社区")?.unit?.slug).toBe("chaoyang-community");
    for (const community of await db.community.findMany()) {
      expect(community.subdistrictId).not.toBeNull();
      expect(Number(community.latitude)).toBeGreaterThan(32.1);
      expect(Number(community.longitude)).toBeGreaterThan(119.3);
      expect(community.contactName).toMatch(/示例/);
    }
  });

  it("pairs China Post, China Mobile and Huadian with Chaoyang Community, and has a proposal waiting and an ended pairing", async () => {
    const pairings = await db.pairing.findMany({
      include: { community: true, units: { include: { unit: true } }, events: { orderBy: { id: "asc" } } },
      orderBy: { id: "asc" },
    });
    const group = pairings.find((p) => p.community.name === "朝阳社区")!;
    expect(group).toMatchObject({ status: "ACTIVE", startsOn: new Date("2023-03-01T00:00:00Z") });
    expect(group.units.map((u) => u.unit.slug).sort()).toEqual(
      ["china-mobile-zhenjiang", "china-post-zhenjiang", "huadian-jurong"].sort(),
    );
    expect(pairings.filter((p) => p.status === "PROPOSED")).toHaveLength(1);
    const ended = pairings.find((p) => p.status === "ENDED")!;
    expect(ended.reason).not.toBe("");
    expect(ended.units.every((u) => !u.live)).toBe(true);
    expect(ended.events.map((e) => e.status)).toEqual(["ACTIVE", "PAUSED", "ACTIVE", "ENDED"]);
    for (const pairing of pairings) expect(pairing.events.at(-1)?.status).toBe(pairing.status);
  });

  it("gives the held meetings a record: answers, attendance, agenda, published minutes, decisions", async () => {
    const plenary = await db.meeting.findFirstOrThrow({
      where: { kind: "PLENARY" },
      include: { invitations: true, attendance: true, agendaItems: true, minutes: true, decisions: true },
    });
    expect(plenary.invitations).toHaveLength(30);
    expect(plenary.attendance.every((row) => row.status === "PRESENT" && row.headcount > 0)).toBe(true);
    expect(plenary.agendaItems).toHaveLength(3);
    expect(plenary.minutes).toMatchObject({ status: "PUBLISHED", visibility: "PUBLIC", currentVersion: 1 });
    expect(plenary.decisions.map((d) => d.status)).toEqual(["DONE"]);
    const midyear = await db.meetingMinutes.findFirstOrThrow({
      where: { meeting: { title: { contains: "年中" } } },
    });
    expect(midyear.visibility).toBe("MEMBERS");
    const upcoming = await db.meeting.findFirstOrThrow({
      where: { status: "SCHEDULED" },
      include: { invitations: true, minutes: true },
    });
    expect(upcoming.minutes).toBeNull();
    expect(upcoming.invitations.filter((i) => i.response === "PENDING")).toHaveLength(27);
  });

  it("prepares next year's rotation inputs: no February duty, preferences, one pair", async () => {
    const rotation = await db.rotationYear.findFirstOrThrow({
      include: { unitSettings: true, pairs: true, schedules: true },
    });
    expect(rotation.dutyMonths).not.toContain(2);
    expect(rotation.dutyMonths).toHaveLength(11);
    expect(rotation.unitSettings.length).toBeGreaterThanOrEqual(8);
    expect(rotation.pairs).toHaveLength(1);
    expect(rotation.schedules).toHaveLength(0);
  });

  it("records held activities as commitment evidence at every stage of review", async () => {
    const records = await db.commitmentRecord.findMany({
      include: { activity: { select: { leadUnitId: true, year: true, commitment: true, status: true } } },
    });
    const count = (status: string) => records.filter((r) => r.year === YEAR && r.status === status).length;
    // Held activities exist this year from February on; January has only the 2023 records.
    if (new Date().getMonth() >= 2) {
      expect(count("CONFIRMED")).toBeGreaterThan(0);
      expect(count("SUBMITTED")).toBeGreaterThan(0);
    }
    expect(records.filter((r) => r.status === "RETURNED").length).toBeLessThanOrEqual(1);
    for (const record of records) {
      expect(record.status === "RETURNED").toBe(record.reviewNote !== "");
      if (record.activity) {
        // Evidence the rules accept: the unit's own held activity of the same year and commitment.
        expect(record.activity).toMatchObject({
          leadUnitId: record.unitId,
          year: record.year,
          commitment: record.commitment,
        });
        expect(["DONE", "REPORTED"]).toContain(record.activity.status);
      }
    }
    expect(records.some((r) => r.year === 2023 && r.status === "CONFIRMED")).toBe(true);
  });

  it("refuses to run a second time and leaves the data untouched", async () => {
    await expect(seedDemoData(db)).rejects.toThrow(/already has 30 member unit/);
    expect(await db.unit.count()).toBe(30);
    expect(await db.user.count()).toBe(31);
  });
});

describe("current-year statuses follow the seed date", () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))("seeded in month %i", (month) => {
    const now = new Date(YEAR, month - 1, 15, 10);
    for (const a of currentPlan(now).activities) {
      if (a.lead === null) {
        expect(a.status).toBe("PLANNED");
        expect(a.month).toBeGreaterThanOrEqual(month);
      } else if (a.month < month) {
        expect(["DONE", "REPORTED"]).toContain(a.status);
      } else if (a.month > month) {
        expect(["CLAIMED", "OPEN"]).toContain(a.status);
      } else {
        expect(["OPEN", "CLOSED", "DONE"]).toContain(a.status);
      }
    }
  });
});
