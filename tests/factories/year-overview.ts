// A crafted world for the admin overview's tests (tests/integration/overview/year-overview.test.ts):
// the year 2025 with something of every kind, with the records that must not count (cancelled,
// withdrawn, waitlisted, returned, declined, of another unit status) and records of 2024 and
// 2026, several of them at the Beijing midnight that ends or starts a year. "Now" is 20 May
// 2026, 12:00 Beijing time: quarter 2 of 2026.
import { db } from "@/lib/core/db";
import type { ActivityStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createAdmin, createSecretary, createUnit, uniqueSuffix } from "./index";
import { createApplication } from "./membership";
import { createCommunityRow, createNeedRow, createPairingRow, createSiteRow } from "./communities";
import { createVenue } from "./venues";

export const overviewNow = new Date("2026-05-20T04:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** An instant given as Beijing wall-clock time. */
const beijing = (iso: string) => new Date(`${iso}+08:00`);

async function plan(year: number) {
  await db.planYear.create({ data: { year, title: `${year}年活动清单`, status: "PUBLISHED" } });
}

async function item(
  year: number,
  status: ActivityStatus,
  leadUnitId: number | null,
  extra: Partial<Prisma.ActivityUncheckedCreateInput> = {},
) {
  return db.activity.create({
    data: {
      year,
      title: `概览活动${uniqueSuffix()}`,
      type: "OTHER",
      commitment: "CULTURE_SPORTS",
      plannedMonth: 3,
      status,
      leadUnitId,
      cancelReason: status === "CANCELLED" ? "天气原因" : "",
      ...extra,
    },
  });
}

async function report(
  activityId: number,
  by: number,
  status: "SUBMITTED" | "NEEDS_FIX" | "ACCEPTED",
  updatedAt?: Date,
) {
  const row = await db.activityReport.create({
    data: {
      activityId,
      actualDate: day("2025-03-10"),
      volunteerCount: 12,
      serviceHours: 30,
      summary: "完成",
      status,
      submittedById: by,
    },
  });
  // @updatedAt is set by Prisma on every write: the returned report's date is set by hand.
  if (updatedAt)
    await db.$executeRaw`UPDATE "ActivityReport" SET "updatedAt" = ${updatedAt} WHERE "id" = ${row.id}`;
}

async function meeting(startsAt: Date, status: "SCHEDULED" | "HELD" | "CANCELLED" = "HELD") {
  return db.meeting.create({
    data: {
      kind: "JOINT",
      title: `概览会议${uniqueSuffix()}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      status,
      cancelReason: status === "CANCELLED" ? "改期" : "",
    },
  });
}

async function invite(
  meetingId: number,
  unitId: number,
  response: "PENDING" | "ATTEND" | "DELEGATE" | "EXCUSED",
  attended?: "PRESENT" | "DELEGATE" | "ABSENT",
) {
  await db.meetingInvitation.create({
    data: {
      meetingId,
      unitId,
      response,
      respondedAt: response === "PENDING" ? null : overviewNow,
      delegateName: response === "DELEGATE" ? "副书记" : "",
      excuseReason: response === "EXCUSED" ? "出差" : "",
    },
  });
  if (attended) {
    await db.meetingAttendance.create({
      data: {
        meetingId,
        unitId,
        status: attended,
        headcount: attended === "ABSENT" ? 0 : 2,
        method: "ADMIN",
      },
    });
  }
}

let requestKey = 0;
async function booking(
  venueId: number,
  unitId: number,
  bookedById: number,
  startsAt: Date,
  hours: number,
  status: "PENDING" | "CONFIRMED" | "DECLINED" | "CANCELLED",
  createdAt: Date = new Date("2024-06-01T00:00:00Z"),
) {
  const endsAt = new Date(startsAt.getTime() + hours * 3_600_000);
  requestKey += 1;
  return db.booking.create({
    data: {
      venueId,
      unitId,
      bookedById,
      startsAt,
      endsAt,
      blockedUntil: endsAt,
      purpose: "训练",
      headcount: 5,
      status,
      requestKey: `overview-${requestKey}`,
      createdAt,
    },
  });
}

export async function createYearOverviewWorld() {
  const admin = await createAdmin();
  const [u1, u2, u3, u4, u7, u8, u9, u10] = await Promise.all(Array.from({ length: 8 }, () => createUnit()));
  const suspended = await createUnit({ status: "SUSPENDED" });
  await createUnit({ status: "WITHDRAWN" });
  const [s1, s2] = await Promise.all([createSecretary(u1!.id), createSecretary(u2!.id)]);
  await Promise.all([plan(2024), plan(2025), plan(2026)]);

  // 2025's list: every stage, a report of each status, a cancelled item somebody had joined.
  await item(2025, "PLANNED", null);
  await item(2025, "CLAIMED", u1!.id);
  await item(2025, "CLAIMED", u1!.id, { startsAt: beijing("2025-06-01T09:00") });
  const open = await item(2025, "OPEN", u1!.id, { startsAt: beijing("2025-07-01T09:00") });
  const closed = await item(2025, "CLOSED", u1!.id, { startsAt: beijing("2025-08-01T09:00") });
  await item(2025, "DONE", u1!.id, { plannedDate: day("2025-03-10") });
  const submitted = await item(2025, "REPORTED", suspended.id);
  const accepted = await item(2025, "REPORTED", u1!.id);
  const returned = await item(2025, "REPORTED", u1!.id);
  const cancelled = await item(2025, "CANCELLED", null);
  // Marked reported without a report row, as the demo data's 2023 list is.
  await item(2025, "REPORTED", u1!.id);
  await report(submitted.id, s1.id, "SUBMITTED");
  await report(accepted.id, s1.id, "ACCEPTED");
  await report(returned.id, s1.id, "NEEDS_FIX", new Date("2025-04-01T02:00:00Z"));
  await db.participation.createMany({
    data: [
      { activityId: open.id, unitId: u2!.id, headcount: 3, status: "JOINED" },
      { activityId: open.id, unitId: u3!.id, headcount: 3, status: "WAITLISTED" },
      { activityId: closed.id, unitId: u3!.id, headcount: 3, status: "WITHDRAWN", withdrawnAt: overviewNow },
      { activityId: cancelled.id, unitId: u7!.id, headcount: 3, status: "JOINED" },
    ],
  });
  // 2024: u3 leads an item there only; a report still waiting for review from that year.
  await item(2024, "CLAIMED", u3!.id);
  await report((await item(2024, "REPORTED", u1!.id)).id, s1.id, "SUBMITTED");
  // 2026 (this year): two unclaimed items, a cancelled one, reports due and overdue.
  await item(2026, "PLANNED", null);
  await item(2026, "PLANNED", null);
  await item(2026, "CANCELLED", null);
  await item(2026, "DONE", u2!.id, { plannedDate: day("2026-04-10"), plannedMonth: 4 });
  const joinedInQuarter = await item(2026, "DONE", u1!.id, {
    plannedDate: day("2026-05-10"),
    plannedMonth: 5,
  });
  await db.participation.create({
    data: { activityId: joinedInQuarter.id, unitId: u9!.id, headcount: 2, status: "JOINED" },
  });
  await report(
    (await item(2026, "REPORTED", u1!.id, { plannedMonth: 4 })).id,
    s1.id,
    "NEEDS_FIX",
    beijing("2026-05-15T10:00"),
  );
  await item(2026, "DONE", u10!.id, { plannedDate: day("2026-03-20") });

  // Meetings: one at 00:30 on 1 January 2025 Beijing time (still 2024 in UTC), one at 23:30 on
  // 31 December 2025, one at 00:30 on 1 January 2026; one cancelled.
  const m1 = await meeting(beijing("2025-03-01T14:00"));
  await invite(m1.id, u1!.id, "ATTEND", "PRESENT");
  await invite(m1.id, u2!.id, "EXCUSED");
  await invite(m1.id, u3!.id, "PENDING", "ABSENT");
  const m2 = await meeting(beijing("2025-04-01T14:00"), "CANCELLED");
  await invite(m2.id, u1!.id, "ATTEND");
  const m3 = await meeting(beijing("2025-12-31T23:30"), "SCHEDULED");
  await invite(m3.id, u4!.id, "PENDING");
  await invite(m3.id, u1!.id, "DELEGATE", "DELEGATE");
  const m4 = await meeting(beijing("2025-01-01T00:30"));
  await invite(m4.id, u2!.id, "ATTEND", "PRESENT");
  const m5 = await meeting(beijing("2026-01-01T00:30"));
  await invite(m5.id, u1!.id, "ATTEND", "PRESENT");
  const m6 = await meeting(beijing("2026-04-15T14:00"));
  await invite(m6.id, u1!.id, "ATTEND", "PRESENT");

  // Decisions: overdue, open but not yet due, due today, settled, and one of a 2026 meeting.
  const decide = (meetingId: number, dueOn: string, status: "OPEN" | "IN_PROGRESS" | "DONE" | "DROPPED") =>
    db.decision.create({
      data: { meetingId, ownerUnitId: u1!.id, title: `议定${uniqueSuffix()}`, dueOn: day(dueOn), status },
    });
  await decide(m1.id, "2025-06-01", "OPEN");
  await decide(m1.id, "2026-12-31", "IN_PROGRESS");
  await decide(m1.id, "2025-01-01", "DONE");
  await decide(m1.id, "2025-01-01", "DROPPED");
  await decide(m4.id, "2026-05-20", "OPEN");
  await decide(m5.id, "2026-01-05", "OPEN");

  // Bookings of two venues, with the year's edges, every status, and requests waiting.
  const v1 = await createVenue(u1!.id);
  const v2 = await createVenue(u2!.id, { quantity: 2 });
  await booking(v1.id, u2!.id, s2.id, beijing("2025-03-01T10:00"), 2, "CONFIRMED");
  await booking(v1.id, u2!.id, s2.id, beijing("2025-03-02T10:00"), 1.5, "PENDING");
  await booking(v1.id, u2!.id, s2.id, beijing("2025-03-03T10:00"), 2, "CANCELLED");
  await booking(v1.id, u2!.id, s2.id, beijing("2025-03-04T10:00"), 2, "DECLINED");
  await booking(v1.id, u2!.id, s2.id, beijing("2025-12-31T23:00"), 2, "CONFIRMED");
  await booking(v2.id, u1!.id, s1.id, beijing("2025-01-01T01:00"), 1, "CONFIRMED");
  await booking(v2.id, u1!.id, s1.id, beijing("2026-01-01T00:00"), 1, "CONFIRMED");
  await booking(v2.id, u1!.id, s1.id, beijing("2026-05-25T09:00"), 1, "PENDING", beijing("2026-05-15T09:00"));
  await booking(v2.id, u1!.id, s1.id, beijing("2026-05-25T11:00"), 1, "PENDING", beijing("2026-05-19T20:00"));
  await booking(v2.id, u1!.id, s1.id, beijing("2026-05-01T09:00"), 1, "PENDING", beijing("2026-04-01T09:00"));
  await booking(v1.id, u7!.id, s2.id, beijing("2026-04-05T09:00"), 1, "CONFIRMED");
  await booking(v1.id, u4!.id, s2.id, beijing("2026-06-10T09:00"), 1, "CONFIRMED");

  // Commitment records: confirmed, submitted, returned, of a suspended unit, of another year.
  const record = (
    unitId: number,
    year: number,
    commitment: "YOUTH_PROJECT" | "LIVELIHOOD" | "CULTURE_SPORTS" | "BACKBONE_TEAM",
    status: "SUBMITTED" | "RETURNED" | "CONFIRMED",
    occurredOn: string,
  ) =>
    db.commitmentRecord.create({
      data: {
        unitId,
        year,
        commitment,
        status,
        title: "记录",
        description: "说明",
        occurredOn: day(occurredOn),
        reviewNote: status === "RETURNED" ? "请补充照片" : "",
        reviewedAt: status === "SUBMITTED" ? null : overviewNow,
      },
    });
  await record(u1!.id, 2025, "YOUTH_PROJECT", "CONFIRMED", "2025-05-01");
  await record(u1!.id, 2025, "YOUTH_PROJECT", "SUBMITTED", "2025-06-01");
  await record(u2!.id, 2025, "LIVELIHOOD", "SUBMITTED", "2025-05-01");
  await record(u3!.id, 2025, "CULTURE_SPORTS", "RETURNED", "2025-05-01");
  await record(suspended.id, 2025, "BACKBONE_TEAM", "CONFIRMED", "2025-05-01");
  await record(u4!.id, 2024, "BACKBONE_TEAM", "CONFIRMED", "2024-05-01");
  await record(u3!.id, 2026, "LIVELIHOOD", "SUBMITTED", "2026-04-20");
  await record(u4!.id, 2026, "LIVELIHOOD", "RETURNED", "2026-04-20");

  // Rotation preferences: entered, blackouts only, an empty row, a suspended unit's, 2024's.
  await db.rotationYear.createMany({
    data: [2024, 2025].map((year) => ({ year, dutyMonths: [3, 4, 5, 6] })),
  });
  await db.rotationUnitSetting.createMany({
    data: [
      { year: 2025, unitId: u1!.id, preferences: [3, 4] },
      { year: 2025, unitId: u2!.id, blackouts: [5] },
      { year: 2025, unitId: u3!.id },
      { year: 2025, unitId: suspended.id, preferences: [6] },
      { year: 2024, unitId: u4!.id, preferences: [3] },
    ],
  });

  // Needs closed on each side of the year's edges, cancelled, open; pairings of every status.
  const community = await createCommunityRow();
  const need = (status: "OPEN" | "MATCHED" | "CLOSED" | "CANCELLED", closedAt: Date | null) =>
    createNeedRow(community.id, admin.id, {
      status,
      closedAt,
      outcome: status === "OPEN" ? "" : "已完成",
      createdAt: new Date("2025-02-01T00:00:00Z"),
    });
  await need("CLOSED", beijing("2025-06-01T10:00"));
  await need("CLOSED", beijing("2025-01-01T01:00"));
  await need("CLOSED", beijing("2026-01-01T00:30"));
  await need("CANCELLED", beijing("2025-05-01T10:00"));
  await need("OPEN", null);
  await need("MATCHED", null);
  // One unit per pairing: a unit has one live pairing with a community at most.
  const statuses = ["ACTIVE", "ACTIVE", "PROPOSED", "PAUSED", "ENDED", "DECLINED"] as const;
  const pairedUnits = [u1!, u2!, u3!, u4!, u7!, u8!];
  for (const [index, status] of statuses.entries()) {
    await createPairingRow(community.id, [pairedUnits[index]!.id], status);
  }

  // A visit logged at a service site this quarter (u8's only deed).
  const site = await createSiteRow(community.id);
  await db.serviceLogEntry.create({
    data: {
      siteId: site.id,
      servedOn: day("2026-05-01"),
      volunteers: 6,
      hours: 12,
      summary: "浇水",
      recordedById: admin.id,
      units: { create: [{ unitId: u8!.id }] },
    },
  });

  // Applications: waiting, asked for more, decided.
  await createApplication({ status: "PENDING" });
  await createApplication({ status: "NEEDS_INFO", adminMessage: "请补充材料" });
  await createApplication({ status: "REJECTED", adminMessage: "不符合条件", decidedAt: overviewNow });

  return {
    units: { u1: u1!, u2: u2!, u3: u3!, u4: u4!, u7: u7!, u8: u8!, u9: u9!, u10: u10!, suspended },
    venues: { v1, v2 },
  };
}
