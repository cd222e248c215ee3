// A unit's year (issue 16, item 3) and the annual report's per-unit table (item 4): every figure
// against a direct SQL count over crafted data with the edge cases that must not count — a
// withdrawn, a waitlisted and a cancelled participation, cancelled, pending and declined
// bookings, a returned report, a cancelled meeting, proposed, declined and ended pairings,
// another unit's and another year's records — and the public part holding nothing members-only.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import type { BookingStatus, CommitmentRecordStatus, ReportStatus } from "@/lib/generated/prisma/enums";
import { getServiceTotals } from "@/lib/overview/results/queries";
import { getUnitYear, getUnitYearTable } from "@/lib/overview/units/queries";
import { createSecretary, createUnit, uniqueSuffix } from "@/tests/factories";
import { answerInvitation, recordAttendanceRow } from "@/tests/factories/attendance";
import { createCommitmentRecord, createPlanYear } from "@/tests/factories/commitments";
import { createMeeting } from "@/tests/factories/meetings";
import { createPairing, createPairingCommunity } from "@/tests/factories/pairing";
import { createVenue } from "@/tests/factories/venues";

const year = 2024;
const otherYear = 2023;
const draftYear = 2022;

type Unit = Awaited<ReturnType<typeof createUnit>>;
let unit: Unit;
let other: Unit;
let third: Unit;
let suspended: Unit;
let withdrawn: Unit;
let secretaryId: number;
// Strings that are members-only: none may appear in the public part.
const secret: Record<string, string> = {};

const count = (rows: Array<{ n: bigint | number | null }>) => Number(rows[0]?.n ?? 0);

async function activity(
  leadUnitId: number | null,
  status: "CLAIMED" | "OPEN" | "DONE" | "REPORTED" | "CANCELLED",
  planYear = year,
  title = `活动${uniqueSuffix()}`,
) {
  return db.activity.create({
    data: {
      year: planYear,
      title,
      type: "OTHER",
      commitment: "STUDY_EXCHANGE",
      plannedMonth: 3,
      status,
      leadUnitId,
      claimedAt: leadUnitId ? new Date() : null,
      cancelReason: status === "CANCELLED" ? "取消" : "",
    },
  });
}

async function report(activityId: number, status: ReportStatus, participants: Record<number, number>) {
  return db.activityReport.create({
    data: {
      activityId,
      actualDate: new Date(Date.UTC(year, 2, 10)),
      volunteerCount: Object.values(participants).reduce((a, b) => a + b, 0),
      serviceHours: 20,
      summary: "报告",
      status,
      submittedById: secretaryId,
      participants: {
        create: Object.entries(participants).map(([unitId, n]) => ({ unitId: Number(unitId), count: n })),
      },
    },
  });
}

async function participate(
  activityId: number,
  unitId: number,
  status: "JOINED" | "WAITLISTED" | "WITHDRAWN",
) {
  return db.participation.create({
    data: {
      activityId,
      unitId,
      headcount: 3,
      status,
      withdrawnAt: status === "WITHDRAWN" ? new Date() : null,
    },
  });
}

let keys = 0;
async function book(
  venueId: number,
  unitId: number,
  status: BookingStatus,
  startsAt: string,
  minutes: number,
) {
  const start = new Date(startsAt);
  const end = new Date(start.getTime() + minutes * 60_000);
  const booker = await db.user.findFirstOrThrow({ where: { unitId }, select: { id: true } });
  return db.booking.create({
    data: {
      venueId,
      unitId,
      bookedById: booker.id,
      startsAt: start,
      endsAt: end,
      blockedUntil: end,
      purpose: "活动",
      headcount: 5,
      status,
      requestKey: `unit-year-${(keys += 1)}`,
    },
  });
}

async function record(
  unitId: number,
  recordYear: number,
  commitment: Parameters<typeof createCommitmentRecord>[2],
  status: CommitmentRecordStatus,
  title: string,
) {
  const created = await createCommitmentRecord(unitId, recordYear, commitment, status, { title });
  return db.commitmentRecord.update({
    where: { id: created.id },
    data: { description: `内部说明${created.id}` },
  });
}

async function meeting(
  startsAt: string,
  invite: number[],
  status: "SCHEDULED" | "CANCELLED" | "HELD" = "HELD",
) {
  const start = new Date(startsAt);
  return createMeeting({
    invite,
    startsAt: start,
    endsAt: new Date(start.getTime() + 2 * 3_600_000),
    status,
    cancelReason: status === "CANCELLED" ? "改期" : "",
    title: `联席会议${uniqueSuffix()}`,
  });
}

async function endedPairing(unitId: number, endedAt: string) {
  const community = await createPairingCommunity();
  const pairing = await createPairing(community.id, [unitId], "ENDED", { startsOn: "2022-05-01" });
  await db.pairingEvent.updateMany({
    where: { pairingId: pairing.id },
    data: { createdAt: new Date(endedAt) },
  });
  return { pairing, community };
}

beforeAll(async () => {
  await createPlanYear(year);
  await createPlanYear(otherYear);
  await createPlanYear(draftYear, "DRAFT");
  unit = await createUnit({
    category: "VERTICAL_AGENCY",
    contactName: "私密联系人",
    contactPhone: "13900001111",
  });
  other = await createUnit({ category: "STATE_ENTERPRISE" });
  third = await createUnit({ category: "EMERGING_SECTOR" });
  suspended = await createUnit({ status: "SUSPENDED" });
  withdrawn = await createUnit({ status: "WITHDRAWN" });
  const secretary = await createSecretary(unit.id, { name: "书记私名" });
  secretaryId = secretary.id;
  secret.secretaryName = secretary.name;
  secret.mobile = secretary.mobile!;
  secret.contactName = "私密联系人";
  secret.contactPhone = "13900001111";
  await createSecretary(other.id);
  await createSecretary(third.id);

  // Activities: led (one reported, one open, one with its report returned), and others' ones.
  const ledReported = await activity(unit.id, "REPORTED");
  await report(ledReported.id, "SUBMITTED", { [unit.id]: 8, [other.id]: 4 });
  await activity(unit.id, "OPEN");
  const ledReturned = await activity(unit.id, "REPORTED");
  await report(ledReturned.id, "NEEDS_FIX", { [unit.id]: 5, [third.id]: 3 });
  const joinedReported = await activity(other.id, "REPORTED");
  await participate(joinedReported.id, unit.id, "JOINED");
  await report(joinedReported.id, "ACCEPTED", { [other.id]: 6, [unit.id]: 2 });
  const withdrawnFrom = await activity(other.id, "OPEN", year, `已退出${uniqueSuffix()}`);
  await participate(withdrawnFrom.id, unit.id, "WITHDRAWN");
  const waitlisted = await activity(third.id, "OPEN");
  await participate(waitlisted.id, unit.id, "WAITLISTED");
  const cancelled = await activity(null, "CANCELLED");
  await participate(cancelled.id, unit.id, "JOINED");
  const signedUp = await activity(third.id, "OPEN", year, `仅报名${uniqueSuffix()}`);
  await participate(signedUp.id, unit.id, "JOINED");
  secret.signedUp = signedUp.title;
  const joinedReturned = await activity(third.id, "REPORTED", year, `退回报告${uniqueSuffix()}`);
  await participate(joinedReturned.id, unit.id, "JOINED");
  await report(joinedReturned.id, "NEEDS_FIX", { [third.id]: 4, [unit.id]: 3 });
  secret.joinedReturned = joinedReturned.title;
  await participate((await activity(third.id, "DONE")).id, other.id, "JOINED");
  // Another year, and a draft year's list (members-only).
  const old = await activity(unit.id, "REPORTED", otherYear);
  await report(old.id, "ACCEPTED", { [unit.id]: 9 });
  await participate((await activity(other.id, "OPEN", otherYear)).id, unit.id, "JOINED");
  secret.draft = (await activity(unit.id, "CLAIMED", draftYear, `草稿活动${uniqueSuffix()}`)).title;

  // Venues: the unit's own (one hidden), another unit's; bookings on both sides.
  const shared = await createVenue(unit.id);
  const hidden = await createVenue(unit.id, { active: false, name: `停用阵地${uniqueSuffix()}` });
  const elsewhere = await createVenue(other.id, { name: `他人阵地${uniqueSuffix()}` });
  secret.hidden = hidden.name;
  secret.elsewhere = elsewhere.name;
  await book(shared.id, other.id, "CONFIRMED", "2024-05-01T09:00:00+08:00", 120);
  await book(shared.id, third.id, "CONFIRMED", "2024-06-01T14:00:00+08:00", 90);
  await book(shared.id, other.id, "CONFIRMED", "2024-01-01T00:30:00+08:00", 60); // 2023-12-31 UTC: 2024's
  await book(shared.id, other.id, "CONFIRMED", "2025-01-01T00:30:00+08:00", 60); // 2024-12-31 UTC: 2025's
  await book(shared.id, other.id, "CANCELLED", "2024-05-02T09:00:00+08:00", 60);
  await book(shared.id, other.id, "PENDING", "2024-05-03T09:00:00+08:00", 60);
  await book(shared.id, third.id, "DECLINED", "2024-05-04T09:00:00+08:00", 60);
  await book(shared.id, unit.id, "CONFIRMED", "2024-05-05T09:00:00+08:00", 60); // its own: not sharing
  await book(hidden.id, other.id, "CONFIRMED", "2024-07-01T09:00:00+08:00", 60);
  await book(elsewhere.id, unit.id, "CONFIRMED", "2024-08-01T10:00:00+08:00", 120);
  await book(elsewhere.id, unit.id, "CANCELLED", "2024-08-02T10:00:00+08:00", 120);
  await book(elsewhere.id, unit.id, "CONFIRMED", "2023-08-01T10:00:00+08:00", 120);

  // Meetings: attended in person and by a delegate, excused, absent, cancelled, not invited,
  // another year, the first minutes of 2025 in Beijing, and one still to come.
  const present = await meeting("2024-03-01T09:00:00+08:00", [unit.id, other.id]);
  await recordAttendanceRow(present.id, unit.id, "PRESENT");
  await recordAttendanceRow(present.id, other.id, "PRESENT");
  secret.meeting = present.title;
  const delegate = await meeting("2024-04-01T09:00:00+08:00", [unit.id]);
  await answerInvitation(delegate.id, unit.id, "DELEGATE");
  await recordAttendanceRow(delegate.id, unit.id, "DELEGATE");
  const excused = await meeting("2024-05-01T09:00:00+08:00", [unit.id, third.id]);
  await answerInvitation(excused.id, unit.id, "EXCUSED");
  await recordAttendanceRow((await meeting("2024-06-01T09:00:00+08:00", [unit.id])).id, unit.id, "ABSENT");
  await meeting("2024-07-01T09:00:00+08:00", [unit.id], "CANCELLED");
  await recordAttendanceRow((await meeting("2024-08-01T09:00:00+08:00", [other.id])).id, unit.id, "PRESENT");
  await recordAttendanceRow((await meeting("2023-06-01T09:00:00+08:00", [unit.id])).id, unit.id, "PRESENT");
  await meeting("2025-01-01T01:00:00+08:00", [unit.id]);
  await meeting("2024-11-01T09:00:00+08:00", [unit.id], "SCHEDULED");

  // Pairings: running, ended in and before the year, starting after it, proposed, declined, another unit's.
  await createPairing((await createPairingCommunity()).id, [unit.id], "ACTIVE", { startsOn: "2023-03-01" });
  await createPairing((await createPairingCommunity()).id, [unit.id, other.id], "PAUSED", {
    startsOn: "2024-03-01",
  });
  await endedPairing(unit.id, "2024-09-01T00:00:00Z");
  await endedPairing(unit.id, "2023-12-31T15:00:00Z"); // 23:00 on 31 December in Beijing: 2023's
  await createPairing((await createPairingCommunity()).id, [unit.id], "ACTIVE", { startsOn: "2025-02-01" });
  const proposed = await createPairingCommunity();
  await createPairing(proposed.id, [unit.id], "PROPOSED", { startsOn: "2024-06-01" });
  secret.proposed = proposed.name;
  const declined = await createPairingCommunity();
  await createPairing(declined.id, [unit.id], "DECLINED", { startsOn: "2024-06-01" });
  secret.declined = declined.name;
  await createPairing((await createPairingCommunity()).id, [other.id], "ACTIVE", { startsOn: "2023-03-01" });

  // Commitment records: confirmed, submitted, returned, another year's, another unit's.
  await record(unit.id, year, "STUDY_EXCHANGE", "CONFIRMED", `公开记录${uniqueSuffix()}`);
  await record(unit.id, year, "CULTURE_SPORTS", "CONFIRMED", `公开记录${uniqueSuffix()}`);
  secret.submitted = (
    await record(unit.id, year, "YOUTH_PROJECT", "SUBMITTED", `待审${uniqueSuffix()}`)
  ).title;
  const returned = await record(unit.id, year, "LIVELIHOOD", "RETURNED", `退回${uniqueSuffix()}`);
  secret.returned = returned.title;
  secret.reviewNote = returned.reviewNote;
  secret.description = returned.description;
  await record(unit.id, otherYear, "BACKBONE_TEAM", "CONFIRMED", `去年${uniqueSuffix()}`);
  await record(other.id, year, "BACKBONE_TEAM", "CONFIRMED", `他人${uniqueSuffix()}`);
  await record(other.id, year, "YOUTH_PROJECT", "SUBMITTED", `他人${uniqueSuffix()}`);
  await record(suspended.id, year, "YOUTH_PROJECT", "CONFIRMED", `暂停${uniqueSuffix()}`);
});

/** The figures as direct SQL counts, for one unit (the same definitions, written independently). */
async function sqlFigures(unitId: number, { published = false, now = new Date() } = {}) {
  const planFilter = published ? `AND py.status = 'PUBLISHED'` : "";
  const [led, joined, joinedPublic, invited, attended, confirmed, claimed] = await Promise.all([
    db.$queryRawUnsafe<Array<{ n: bigint }>>(
      `SELECT count(*) AS n FROM "Activity" a JOIN "PlanYear" py ON py.year = a.year
       WHERE a.year = $1 AND a."leadUnitId" = $2 AND a.status <> 'CANCELLED' ${planFilter}`,
      year,
      unitId,
    ),
    db.$queryRaw<Array<{ n: bigint }>>`
      SELECT count(DISTINCT a.id) AS n FROM "Participation" p JOIN "Activity" a ON a.id = p."activityId"
      WHERE p."unitId" = ${unitId} AND p.status = 'JOINED' AND a.year = ${year} AND a.status <> 'CANCELLED'
        AND a."leadUnitId" IS DISTINCT FROM ${unitId}`,
    db.$queryRaw<Array<{ n: bigint }>>`
      SELECT count(DISTINCT a.id) AS n FROM "ReportParticipant" rp
      JOIN "ActivityReport" r ON r.id = rp."reportId" JOIN "Activity" a ON a.id = r."activityId"
      JOIN "PlanYear" py ON py.year = a.year
      WHERE rp."unitId" = ${unitId} AND rp.count > 0 AND r.status IN ('SUBMITTED', 'ACCEPTED')
        AND a.status = 'REPORTED' AND a.year = ${year} AND py.status = 'PUBLISHED'
        AND a."leadUnitId" IS DISTINCT FROM ${unitId}`,
    db.$queryRaw<Array<{ n: bigint }>>`
      SELECT count(*) AS n FROM "MeetingInvitation" i JOIN "Meeting" m ON m.id = i."meetingId"
      WHERE i."unitId" = ${unitId} AND m.status <> 'CANCELLED' AND m."startsAt" < ${now}
        AND extract(year FROM m."startsAt" AT TIME ZONE 'Asia/Shanghai') = ${year}`,
    db.$queryRaw<Array<{ n: bigint }>>`
      SELECT count(*) AS n FROM "MeetingInvitation" i JOIN "Meeting" m ON m.id = i."meetingId"
      JOIN "MeetingAttendance" ma ON ma."meetingId" = m.id AND ma."unitId" = i."unitId"
      WHERE i."unitId" = ${unitId} AND m.status <> 'CANCELLED' AND m."startsAt" < ${now}
        AND extract(year FROM m."startsAt" AT TIME ZONE 'Asia/Shanghai') = ${year}
        AND ma.status IN ('PRESENT', 'DELEGATE')`,
    db.$queryRaw<Array<{ n: bigint }>>`
      SELECT count(DISTINCT commitment) AS n FROM "CommitmentRecord"
      WHERE "unitId" = ${unitId} AND year = ${year} AND status = 'CONFIRMED'`,
    db.$queryRaw<Array<{ n: bigint }>>`
      SELECT count(DISTINCT commitment) AS n FROM "CommitmentRecord"
      WHERE "unitId" = ${unitId} AND year = ${year} AND status IN ('SUBMITTED', 'CONFIRMED')`,
  ]);
  return {
    led: count(led),
    joined: count(joined),
    joinedPublic: count(joinedPublic),
    invited: count(invited),
    attended: count(attended),
    confirmed: count(confirmed),
    claimed: count(claimed),
  };
}

/** Confirmed bookings of the year (Beijing dates) at the unit's venues by others, or by the unit elsewhere. */
async function sqlBookings(unitId: number, side: "shared" | "booked", activeOnly = false) {
  const where =
    side === "shared"
      ? `v."unitId" = $2 AND b."unitId" <> $2 ${activeOnly ? "AND v.active" : ""}`
      : `b."unitId" = $2 AND v."unitId" <> $2`;
  const rows = await db.$queryRawUnsafe<Array<{ n: bigint; venues: bigint; hours: number | null }>>(
    `SELECT count(*) AS n, count(DISTINCT v.id) AS venues,
            sum(extract(epoch FROM b."endsAt" - b."startsAt")) / 3600 AS hours
     FROM "Booking" b JOIN "Venue" v ON v.id = b."venueId"
     WHERE b.status = 'CONFIRMED' AND extract(year FROM b."startsAt" AT TIME ZONE 'Asia/Shanghai') = $1 AND ${where}`,
    year,
    unitId,
  );
  return { uses: Number(rows[0]!.n), venues: Number(rows[0]!.venues), hours: Number(rows[0]!.hours ?? 0) };
}

/** Pairings in force during the year: approved, started by its end, not ended before it began (Beijing). */
async function sqlPairings(unitId: number) {
  const rows = await db.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM "Pairing" p JOIN "PairingUnit" pu ON pu."pairingId" = p.id
    WHERE pu."unitId" = ${unitId} AND p.status IN ('ACTIVE', 'PAUSED', 'ENDED')
      AND p."startsOn" <= make_date(${year}::int, 12, 31)
      AND (p.status <> 'ENDED' OR (
        SELECT max(e."createdAt") FROM "PairingEvent" e WHERE e."pairingId" = p.id AND e.status = 'ENDED'
      ) AT TIME ZONE 'Asia/Shanghai' >= make_date(${year}::int, 1, 1))`;
  return count(rows);
}

describe("the full unit year (the unit's secretaries and admins)", () => {
  it("counts items led and joined, leaving out cancelled items and withdrawn or waitlisted sign-ups", async () => {
    const data = (await getUnitYear(unit.id, year, { full: true }))!;
    const sql = await sqlFigures(unit.id);
    expect(data.figures.led).toBe(sql.led);
    expect(data.figures.joined).toBe(sql.joined);
    expect(data.led).toHaveLength(3);
    expect(data.joined).toHaveLength(3); // the reported one, the signed-up one, the one whose report was returned
  });

  it("counts meetings attended of those invited that have begun, not cancelled ones or another year's", async () => {
    const data = (await getUnitYear(unit.id, year, { full: true }))!;
    const sql = await sqlFigures(unit.id);
    expect(data.figures.meetingsInvited).toBe(sql.invited);
    expect(data.figures.meetingsAttended).toBe(sql.attended);
    expect([sql.invited, sql.attended]).toEqual([5, 2]);
    const early = new Date("2024-10-01T00:00:00Z");
    const before = (await getUnitYear(unit.id, year, { full: true, now: early }))!;
    const sqlBefore = await sqlFigures(unit.id, { now: early });
    expect(before.figures.meetingsInvited).toBe(sqlBefore.invited);
    expect(sqlBefore.invited).toBe(4); // the November meeting is still to come
  });

  it("counts venues shared and booked from confirmed bookings in the year's Beijing dates", async () => {
    const data = (await getUnitYear(unit.id, year, { full: true }))!;
    const shared = await sqlBookings(unit.id, "shared");
    const booked = await sqlBookings(unit.id, "booked");
    expect(data.figures.timesShared).toBe(shared.uses);
    expect(data.venuesShared.reduce((sum, v) => sum + v.hours, 0)).toBeCloseTo(shared.hours, 5);
    expect(data.figures.venuesShared).toBe(2); // the active one and the hidden one that was used
    expect(data.figures.timesBooked).toBe(booked.uses);
    expect(data.figures.venuesBooked).toBe(booked.venues);
    expect(data.venuesBooked[0]!.hours).toBeCloseTo(booked.hours, 5);
    expect([shared.uses, booked.uses]).toEqual([4, 1]);
  });

  it("counts pairings in force during the year and lists the unit's waiting proposal, never a declined one", async () => {
    const data = (await getUnitYear(unit.id, year, { full: true }))!;
    expect(data.figures.pairings).toBe(await sqlPairings(unit.id));
    expect(data.figures.pairings).toBe(3);
    expect(data.pairings.map((p) => p.status).sort()).toEqual(["ACTIVE", "ENDED", "PAUSED", "PROPOSED"]);
  });

  it("shows the five with every record as evidence and counts claimed and confirmed as SQL does", async () => {
    const data = (await getUnitYear(unit.id, year, { full: true }))!;
    const sql = await sqlFigures(unit.id);
    expect(data.figures.commitmentsConfirmed).toBe(sql.confirmed);
    expect(data.figures.commitmentsClaimed).toBe(sql.claimed);
    expect(data.commitments.map((c) => c.status)).toEqual([
      "CONFIRMED",
      "SUBMITTED",
      "RETURNED",
      "CONFIRMED",
      "NOT_STARTED",
    ]);
    const livelihood = data.commitments.find((c) => c.commitment === "LIVELIHOOD")!;
    expect(livelihood.records[0]).toMatchObject({ title: secret.returned, reviewNote: secret.reviewNote });
  });

  it("takes volunteers and hours from the results' service totals", async () => {
    const data = (await getUnitYear(unit.id, year, { full: true }))!;
    const totals = await getServiceTotals(year, unit.id);
    expect(data.figures).toMatchObject({ volunteers: totals.volunteers, hours: totals.hours });
    expect(totals.volunteers).toBeGreaterThan(0);
  });

  it("includes a draft year's items for the unit, and is null for an unknown unit", async () => {
    expect((await getUnitYear(unit.id, draftYear, { full: true }))!.figures.led).toBe(1);
    expect(await getUnitYear(2_000_000_000, year, { full: true })).toBeNull();
  });
});

describe("the public unit year (/units/<slug>)", () => {
  it("counts what visitors may see, each against SQL", async () => {
    const data = (await getUnitYear(unit.id, year, { full: false }))!;
    const sql = await sqlFigures(unit.id, { published: true });
    const shared = await sqlBookings(unit.id, "shared", true);
    const totals = await getServiceTotals(year, unit.id, { publishedOnly: true });
    expect(data.figures).toEqual({
      led: sql.led,
      joined: sql.joinedPublic,
      volunteers: totals.volunteers,
      hours: totals.hours,
      venuesShared: 1,
      timesShared: shared.uses,
      pairings: await sqlPairings(unit.id),
      commitmentsConfirmed: sql.confirmed,
    });
    // Joined = named by a standing report: not the signed-up one, nor the one whose report was returned.
    expect(data.joined).toHaveLength(1);
    expect(data.commitments.map((c) => c.commitment)).toEqual(["STUDY_EXCHANGE", "CULTURE_SPORTS"]);
  });

  it("holds nothing members-only", async () => {
    const data = (await getUnitYear(unit.id, year, { full: false }))!;
    const text = JSON.stringify(data);
    for (const [what, value] of Object.entries(secret)) {
      expect(value, what).toBeTruthy();
      expect(text.includes(value), what).toBe(false);
    }
    expect(Object.keys(data).sort()).toEqual(
      ["commitments", "figures", "full", "joined", "led", "pairings", "unit", "venuesShared", "year"].sort(),
    );
    expect(Object.keys(data.figures)).not.toEqual(expect.arrayContaining(["meetingsInvited"]));
    expect(data.pairings.every((p) => p.status !== "PROPOSED" && p.status !== "DECLINED")).toBe(true);
    expect(Object.keys(data.unit).sort()).toEqual(["id", "name", "shortName", "slug", "status"]);
    // The draft year shows nothing, and the full part does hold what was checked for here.
    const draft = (await getUnitYear(unit.id, draftYear, { full: false }))!;
    expect(JSON.stringify(draft).includes(secret.draft!)).toBe(false);
    expect(draft.figures.led).toBe(0);
    const full = JSON.stringify(await getUnitYear(unit.id, year, { full: true }));
    for (const what of [
      "signedUp",
      "joinedReturned",
      "elsewhere",
      "hidden",
      "proposed",
      "submitted",
      "meeting",
    ]) {
      expect(full.includes(secret[what]!), what).toBe(true);
    }
  });

  it("is null for a withdrawn unit, whose profile is gone", async () => {
    expect(await getUnitYear(withdrawn.id, year, { full: false })).toBeNull();
    expect(await getUnitYear(withdrawn.id, year, { full: true })).not.toBeNull();
  });
});

describe("the annual report's table per unit", () => {
  it("has one row per active unit, by category then name", async () => {
    const rows = await getUnitYearTable(year);
    const active = await db.unit.findMany({
      where: { status: "ACTIVE" },
      orderBy: [{ category: "asc" }, { name: "asc" }],
      select: { id: true },
    });
    expect(rows.map((row) => row.unit.id)).toEqual(active.map((u) => u.id));
    expect(rows.some((row) => row.unit.id === suspended.id || row.unit.id === withdrawn.id)).toBe(false);
  });

  it("gives each row the figures SQL counts, and the unit year page agrees", async () => {
    const rows = await getUnitYearTable(year);
    for (const row of rows) {
      const sql = await sqlFigures(row.unit.id);
      const totals = await getServiceTotals(year, row.unit.id);
      expect(row, row.unit.name).toMatchObject({
        led: sql.led,
        joined: sql.joined,
        meetings: { attended: sql.attended, invited: sql.invited },
        confirmed: sql.confirmed,
        claimed: sql.claimed,
        volunteers: totals.volunteers,
        hours: totals.hours,
      });
      expect(row.commitments).toHaveLength(5);
      expect(row.commitments.filter((c) => c.confirmed)).toHaveLength(sql.confirmed);
      expect(row.commitments.filter((c) => c.claimed)).toHaveLength(sql.claimed);
    }
    const mine = rows.find((row) => row.unit.id === unit.id)!;
    const page = (await getUnitYear(unit.id, year, { full: true }))!.figures;
    expect(mine).toMatchObject({
      led: page.led,
      joined: page.joined,
      meetings: { attended: page.meetingsAttended, invited: page.meetingsInvited },
      confirmed: page.commitmentsConfirmed,
      claimed: page.commitmentsClaimed,
      volunteers: page.volunteers,
      hours: page.hours,
    });
    const others = rows.find((row) => row.unit.id === other.id)!;
    expect(others).toMatchObject({
      led: 2,
      joined: 1,
      meetings: { attended: 1, invited: 2 },
      confirmed: 1,
      claimed: 2,
    });
  });
});
