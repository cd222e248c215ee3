import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { loadAdminPlanYear, parseActivityStage } from "@/lib/activities/admin/queries";
import { getCommitmentGrid } from "@/lib/activities/commitments/queries";
import { parseYearParam as parseCommitmentYear } from "@/lib/activities/commitments/year";
import {
  listOverdueReports,
  listReportsForReview,
  parseReviewFilter,
} from "@/lib/activities/reports/queries";
import { listDecisionsForAdmin } from "@/lib/meetings/decisions/queries";
import { adminDecisionFiltersSchema } from "@/lib/meetings/decisions/schemas";
import { getMeetingYearRates } from "@/lib/meetings/queries";
import { parseYearParam as parseMeetingYear } from "@/lib/meetings/schemas";
import { getServiceTotals } from "@/lib/overview/results/queries";
import {
  getNeedsAttention,
  getYearOverview,
  pendingAttention,
  type AttentionItem,
  type Figure,
  type YearOverview,
} from "@/lib/overview/year/queries";
import { listReportYears } from "@/lib/overview/years";
import { listAdminNeeds, parseNeedYear } from "@/lib/pairing/needs/queries";
import { listAdminPairings } from "@/lib/pairing/pairings/admin-queries";
import { parseStatusFilter as parsePairingStatus } from "@/lib/pairing/pairings/params";
import { getRotationYearAdmin } from "@/lib/rotation/admin/queries";
import { listApplications, parseStatusFilter as parseApplicationStatus } from "@/lib/units/admission/queries";
import { parseAdminUnitFilter } from "@/lib/units/admin/list-params";
import { listUnitsForAdmin } from "@/lib/units/admin/queries";
import { listBookingsForAdmin, parseBookingFilter } from "@/lib/venues/admin/queries";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import { createYearOverviewWorld, overviewNow as now } from "@/tests/factories/year-overview";

// The admin overview of 2025 over a crafted world (tests/factories/year-overview.ts), "now"
// being 20 May 2026, 12:00 Beijing time. Every figure is compared with a direct SQL count, and
// its link is opened the way its page does (the list's own parser and query): the list shows
// the same count. Years of dated records are taken in SQL from the Beijing date, independently
// of the code's own year bounds.

const year = 2025;
let world: Awaited<ReturnType<typeof createYearOverviewWorld>>;
let overview: YearOverview;
let attention: AttentionItem[];

beforeAll(async () => {
  world = await createYearOverviewWorld();
  [overview, attention] = await Promise.all([getYearOverview(year, now), getNeedsAttention(now)]);
});

type Row = { count: number };
const one = async (rows: Promise<Row[]>) => (await rows)[0]!.count;

/** Opens a figure's link as its page does and returns the count the page shows. */
async function listCount(href: string): Promise<number> {
  const url = new URL(href, "http://portal.test");
  const params = Object.fromEntries(url.searchParams);
  const plan = /^\/admin\/plan\/(\d{4})$/.exec(url.pathname);
  if (plan)
    return (await loadAdminPlanYear(Number(plan[1]), parseActivityStage(params.stage)))!.activities.length;
  switch (url.pathname) {
    case "/admin/units":
      return (await listUnitsForAdmin(parseAdminUnitFilter(params), now)).units.length;
    case "/admin/decisions":
      return (await listDecisionsForAdmin(adminDecisionFiltersSchema.parse(params), now)).length;
    case "/admin/bookings":
      return (await listBookingsForAdmin(parseBookingFilter(params), now)).count;
    case "/admin/needs": {
      const status = params.status as NeedStatus;
      const { needs, counts } = await listAdminNeeds(status, parseNeedYear(params.year));
      expect(needs.length).toBe(counts[status]);
      return needs.length;
    }
    case "/admin/pairings":
      return (await listAdminPairings(parsePairingStatus(params.status))).length;
    case "/admin/applications":
      return (await listApplications(parseApplicationStatus(params.status))).length;
    case "/admin/reports": {
      const filter = parseReviewFilter(params.status);
      if (filter === "OVERDUE") return (await listOverdueReports(now)).length;
      return (await listReportsForReview(filter)).length;
    }
  }
  throw new Error(`No list opens ${href}`);
}

async function expectListShows(figure: Figure) {
  expect(await listCount(figure.href)).toBe(figure.value);
}

describe("the admin overview's unit figures", () => {
  it("counts the units active now, as the unit list filtered to active shows them", async () => {
    const active = await one(
      db.$queryRaw<Row[]>`SELECT count(*)::int AS count FROM "Unit" WHERE "status" = 'ACTIVE'`,
    );
    expect(overview.units.active.value).toBe(active);
    expect(active).toBe(8);
    await expectListShows(overview.units.active);
  });

  it("counts active units that neither lead nor joined a live item of the year (waitlists, withdrawals, cancelled items and other years do not count)", async () => {
    const without = await one(db.$queryRaw<Row[]>`
      SELECT count(*)::int AS count FROM "Unit" u
      WHERE u."status" = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM "Activity" a WHERE a."leadUnitId" = u."id" AND a."year" = ${year} AND a."status" <> 'CANCELLED')
        AND NOT EXISTS (SELECT 1 FROM "Participation" p JOIN "Activity" a ON a."id" = p."activityId"
                        WHERE p."unitId" = u."id" AND p."status" = 'JOINED' AND a."year" = ${year} AND a."status" <> 'CANCELLED')`);
    expect(overview.units.withoutItem.value).toBe(without);
    await expectListShows(overview.units.withoutItem);
    const { units } = await listUnitsForAdmin(
      parseAdminUnitFilter({ status: "ACTIVE", withoutItem: String(year) }),
      now,
    );
    const { u3, u4, u7, u8, u9, u10 } = world.units;
    expect(units.map((unit) => unit.id).sort()).toEqual(
      [u3, u4, u7, u8, u9, u10].map((unit) => unit.id).sort(),
    );
  });
});

describe("the admin overview's activity list figures", () => {
  it("counts the year's items at each stage, cancelled items and returned reports left out, as the filtered plan list shows", async () => {
    const [row] = await db.$queryRaw<Array<Record<string, number>>>`
      SELECT
        count(*) FILTER (WHERE a."status" <> 'CANCELLED')::int AS planned,
        count(*) FILTER (WHERE a."status" = 'PLANNED')::int AS unclaimed,
        count(*) FILTER (WHERE a."leadUnitId" IS NOT NULL)::int AS claimed,
        count(*) FILTER (WHERE a."leadUnitId" IS NOT NULL AND (a."startsAt" IS NOT NULL OR a."status" IN ('DONE', 'REPORTED')))::int AS scheduled,
        count(*) FILTER (WHERE a."status" IN ('DONE', 'REPORTED'))::int AS held,
        count(*) FILTER (WHERE a."status" = 'REPORTED' AND (r."id" IS NULL OR r."status" <> 'NEEDS_FIX'))::int AS reported,
        count(*) FILTER (WHERE r."status" = 'ACCEPTED')::int AS accepted,
        count(*) FILTER (WHERE a."status" = 'CANCELLED')::int AS cancelled
      FROM "Activity" a LEFT JOIN "ActivityReport" r ON r."activityId" = a."id"
      WHERE a."year" = ${year}`;
    expect(row).toEqual({
      planned: 10,
      unclaimed: 1,
      claimed: 9,
      scheduled: 8,
      held: 5,
      reported: 3,
      accepted: 1,
      cancelled: 1,
    });
    for (const [stage, count] of Object.entries(row!)) {
      const figure = overview.items[stage as keyof YearOverview["items"]];
      expect({ stage, value: figure.value }).toEqual({ stage, value: count });
      expect(figure.href).toBe(`/admin/plan/${year}?stage=${stage}`);
      await expectListShows(figure);
    }
  });

  it("takes volunteers and hours from the year's results and links them to the held items behind them", async () => {
    const totals = await getServiceTotals(year);
    expect(overview.service.volunteers.value).toBe(totals.volunteers);
    expect(overview.service.hours.value).toBe(totals.hours);
    expect(overview.service.held.value).toBe(totals.held);
    expect(await listCount(overview.service.volunteers.href)).toBe(totals.held);
    expect(overview.byMonth).toEqual(totals.byMonth);
  });
});

describe("the admin overview's meeting figures", () => {
  it("rates answers and attendance over the invitations of the year's meetings by Beijing date, cancelled meetings left out", async () => {
    const [row] = await db.$queryRaw<Array<Record<string, number>>>`
      SELECT
        count(*)::int AS invited,
        count(*) FILTER (WHERE i."response" <> 'PENDING')::int AS answered,
        count(*) FILTER (WHERE coalesce(m."endsAt", m."startsAt" + interval '4 hours') <= ${now})::int AS expected,
        count(*) FILTER (WHERE coalesce(m."endsAt", m."startsAt" + interval '4 hours') <= ${now}
                           AND ma."status" IN ('PRESENT', 'DELEGATE'))::int AS attended
      FROM "MeetingInvitation" i
      JOIN "Meeting" m ON m."id" = i."meetingId"
      LEFT JOIN "MeetingAttendance" ma ON ma."meetingId" = i."meetingId" AND ma."unitId" = i."unitId"
      WHERE m."status" <> 'CANCELLED' AND EXTRACT(YEAR FROM m."startsAt" AT TIME ZONE 'Asia/Shanghai') = ${year}`;
    expect(row).toEqual({ invited: 6, answered: 4, expected: 6, attended: 3 });
    const { answerRate, attendanceRate } = overview.meetings;
    expect(answerRate).toMatchObject({ count: row!.answered, of: row!.invited, value: 4 / 6 });
    expect(attendanceRate).toMatchObject({ count: row!.attended, of: row!.expected, value: 3 / 6 });
    // The meeting list of the year shows the same numbers.
    const url = new URL(answerRate.href, "http://portal.test");
    expect(url.pathname).toBe("/admin/meetings");
    const shown = await getMeetingYearRates(
      parseMeetingYear(url.searchParams.get("year") ?? undefined)!,
      now,
    );
    expect(shown).toMatchObject({ invited: 6, answered: 4, expected: 6, attended: 3 });
  });

  it("counts the open decisions of the year's meetings and those past their due day", async () => {
    const [row] = await db.$queryRaw<Array<Record<string, number>>>`
      SELECT
        count(*)::int AS open,
        count(*) FILTER (WHERE d."dueOn" < (${now}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date)::int AS overdue
      FROM "Decision" d JOIN "Meeting" m ON m."id" = d."meetingId"
      WHERE d."status" IN ('OPEN', 'IN_PROGRESS') AND EXTRACT(YEAR FROM m."startsAt" AT TIME ZONE 'Asia/Shanghai') = ${year}`;
    expect(row).toEqual({ open: 3, overdue: 1 });
    expect(overview.decisions.open.value).toBe(row!.open);
    expect(overview.decisions.overdue.value).toBe(row!.overdue);
    await expectListShows(overview.decisions.open);
    await expectListShows(overview.decisions.overdue);
  });
});

describe("the admin overview's venue figures", () => {
  it("counts bookings made and hours used per venue by the Beijing date of their start, declined and cancelled ones left out", async () => {
    const rows = await db.$queryRaw<Array<{ venueId: number; made: number; hours: number }>>`
      SELECT "venueId",
        count(*) FILTER (WHERE "status" IN ('PENDING', 'CONFIRMED'))::int AS made,
        coalesce(sum(EXTRACT(EPOCH FROM "endsAt" - "startsAt") / 3600)
          FILTER (WHERE "status" = 'CONFIRMED' AND "endsAt" <= ${now}), 0)::float8 AS hours
      FROM "Booking"
      WHERE EXTRACT(YEAR FROM "startsAt" AT TIME ZONE 'Asia/Shanghai') = ${year}
      GROUP BY "venueId" ORDER BY "venueId"`;
    const { v1, v2 } = world.venues;
    expect(rows).toEqual([
      { venueId: v1.id, made: 3, hours: 4 },
      { venueId: v2.id, made: 1, hours: 1 },
    ]);
    const byVenue = [...overview.venues.byVenue].sort((a, b) => a.venueId - b.venueId);
    expect(
      byVenue.map((row) => ({ venueId: row.venueId, made: row.made.value, hours: row.hours.value })),
    ).toEqual(rows);
    expect(overview.venues.made.value).toBe(4);
    expect(overview.venues.hours.value).toBe(5);
    for (const figure of [overview.venues.made, ...byVenue.map((row) => row.made)])
      await expectListShows(figure);
    // The hours' list shows the bookings used and their hours in all.
    for (const figure of [overview.venues.hours, ...byVenue.map((row) => row.hours)]) {
      const shown = await listBookingsForAdmin(
        parseBookingFilter(Object.fromEntries(new URL(figure.href, "http://x").searchParams)),
        now,
      );
      expect(shown.hours).toBe(figure.value);
    }
  });
});

describe("the admin overview's commitment, rotation and pairing figures", () => {
  it("counts commitments submitted and confirmed out of five per active unit, as the commitments grid shows", async () => {
    const [row] = await db.$queryRaw<Array<Record<string, number>>>`
      SELECT
        count(DISTINCT (r."unitId", r."commitment")) FILTER (WHERE r."status" IN ('SUBMITTED', 'CONFIRMED'))::int AS claimed,
        count(DISTINCT (r."unitId", r."commitment")) FILTER (WHERE r."status" = 'CONFIRMED')::int AS confirmed,
        (SELECT 5 * count(*) FROM "Unit" WHERE "status" = 'ACTIVE')::int AS cells
      FROM "CommitmentRecord" r JOIN "Unit" u ON u."id" = r."unitId"
      WHERE u."status" = 'ACTIVE' AND r."year" = ${year}`;
    expect(row).toEqual({ claimed: 2, confirmed: 1, cells: 40 });
    expect(overview.commitments.claimed).toMatchObject({ count: row!.claimed, of: row!.cells });
    expect(overview.commitments.confirmed).toMatchObject({ count: row!.confirmed, of: row!.cells });
    const url = new URL(overview.commitments.claimed.href, "http://portal.test");
    const grid = await getCommitmentGrid(parseCommitmentYear(url.searchParams.get("year") ?? undefined, now));
    expect(grid.grand).toEqual(row);
  });

  it("counts the active units that entered preferred or blackout months, as the rotation page shows", async () => {
    const entered = await one(db.$queryRaw<Row[]>`
      SELECT count(*)::int AS count FROM "RotationUnitSetting" s JOIN "Unit" u ON u."id" = s."unitId"
      WHERE s."year" = ${year} AND u."status" = 'ACTIVE'
        AND (cardinality(s."preferences") > 0 OR cardinality(s."blackouts") > 0)`);
    expect(entered).toBe(2);
    expect(overview.rotation.preferences).toMatchObject({ count: entered, of: 8 });
    expect(overview.rotation.preferences.href).toBe(`/admin/rotation?year=${year}`);
    expect((await getRotationYearAdmin(year))!.entered).toBe(entered);
  });

  it("counts the needs met in the year they were closed (Beijing) and the pairings active now", async () => {
    const met = await one(db.$queryRaw<Row[]>`
      SELECT count(*)::int AS count FROM "Need"
      WHERE "status" = 'CLOSED' AND EXTRACT(YEAR FROM "closedAt" AT TIME ZONE 'Asia/Shanghai') = ${year}`);
    const active = await one(
      db.$queryRaw<Row[]>`SELECT count(*)::int AS count FROM "Pairing" WHERE "status" = 'ACTIVE'`,
    );
    expect([met, active]).toEqual([2, 2]);
    expect(overview.pairing.needsMet.value).toBe(met);
    expect(overview.pairing.pairingsActive.value).toBe(active);
    await expectListShows(overview.pairing.needsMet);
    await expectListShows(overview.pairing.pairingsActive);
  });
});

describe("the needs-attention list", () => {
  const countOf = (kind: AttentionItem["kind"]) => attention.find((item) => item.kind === kind)!;

  it("counts what waits now, each kind compared with a direct count", async () => {
    const today = "2026-05-20";
    const [row] = await db.$queryRaw<Array<Record<string, number>>>`
      SELECT
        (SELECT count(*) FROM "MembershipApplication" WHERE "status" = 'PENDING')::int AS "applicationsWaiting",
        (SELECT count(*) FROM "ActivityReport" WHERE "status" = 'SUBMITTED')::int AS "reportsWaiting",
        (SELECT count(*) FROM "Activity" a LEFT JOIN "ActivityReport" r ON r."activityId" = a."id"
          WHERE (a."status" = 'DONE' AND r."id" IS NULL
                 AND coalesce(a."plannedDate", make_date(a."year", a."plannedMonth", 1)) + 14 < ${today}::date)
             OR (r."status" = 'NEEDS_FIX' AND (r."updatedAt" AT TIME ZONE 'Asia/Shanghai')::date + 14 < ${today}::date))::int AS "reportsOverdue",
        (SELECT count(*) FROM "Decision" WHERE "status" IN ('OPEN', 'IN_PROGRESS') AND "dueOn" < ${today}::date)::int AS "decisionsOverdue",
        (SELECT count(*) FROM "Booking" WHERE "status" = 'PENDING' AND "startsAt" > ${now}
          AND "createdAt" <= ${now}::timestamptz - interval '48 hours')::int AS "bookingsWaiting",
        (SELECT count(*) FROM "Pairing" WHERE "status" = 'PROPOSED')::int AS "pairingProposals",
        (SELECT count(*) FROM "Activity" WHERE "year" = 2026 AND "status" = 'PLANNED')::int AS "unclaimedItems"`;
    expect(row).toEqual({
      applicationsWaiting: 1,
      reportsWaiting: 2,
      reportsOverdue: 4,
      decisionsOverdue: 2,
      bookingsWaiting: 1,
      pairingProposals: 1,
      unclaimedItems: 2,
    });
    for (const [kind, count] of Object.entries(row!)) {
      const item = countOf(kind as AttentionItem["kind"]);
      expect({ kind, count: item.count }).toEqual({ kind, count });
      expect({ kind, shown: await listCount(item.href) }).toEqual({ kind, shown: count });
    }
  });

  it("finds the active units with nothing done this quarter so far: a returned record or a booking still ahead is not a deed", async () => {
    const [from, to] = ["2026-04-01", "2026-06-30"];
    const idle = await one(db.$queryRaw<Row[]>`
      SELECT count(*)::int AS count FROM "Unit" u
      WHERE u."status" = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM "Activity" a
          WHERE a."status" IN ('DONE', 'REPORTED')
            AND coalesce(a."plannedDate", make_date(a."year", a."plannedMonth", 1)) BETWEEN ${from}::date AND ${to}::date
            AND (a."leadUnitId" = u."id" OR EXISTS (SELECT 1 FROM "Participation" p
                   WHERE p."activityId" = a."id" AND p."unitId" = u."id" AND p."status" = 'JOINED')))
        AND NOT EXISTS (SELECT 1 FROM "MeetingAttendance" ma JOIN "Meeting" m ON m."id" = ma."meetingId"
          WHERE ma."unitId" = u."id" AND ma."status" IN ('PRESENT', 'DELEGATE') AND m."status" <> 'CANCELLED'
            AND (m."startsAt" AT TIME ZONE 'Asia/Shanghai')::date BETWEEN ${from}::date AND ${to}::date)
        AND NOT EXISTS (SELECT 1 FROM "CommitmentRecord" c
          WHERE c."unitId" = u."id" AND c."status" IN ('SUBMITTED', 'CONFIRMED') AND c."occurredOn" BETWEEN ${from}::date AND ${to}::date)
        AND NOT EXISTS (SELECT 1 FROM "Booking" b
          WHERE b."unitId" = u."id" AND b."status" = 'CONFIRMED' AND b."startsAt" <= ${now}
            AND (b."startsAt" AT TIME ZONE 'Asia/Shanghai')::date >= ${from}::date)
        AND NOT EXISTS (SELECT 1 FROM "ServiceLogUnit" su JOIN "ServiceLogEntry" e ON e."id" = su."entryId"
          WHERE su."unitId" = u."id" AND e."servedOn" BETWEEN ${from}::date AND ${to}::date)`);
    const item = countOf("idleUnits");
    expect(item).toMatchObject({ count: idle, href: "/admin/units?status=ACTIVE&idle=2026-Q2" });
    const { units } = await listUnitsForAdmin(
      parseAdminUnitFilter({ status: "ACTIVE", idle: "2026-Q2" }),
      now,
    );
    expect(units.map((unit) => unit.id).sort()).toEqual([world.units.u4.id, world.units.u10.id].sort());
    expect(units.length).toBe(idle);
  });

  it("lists what waits, most pressing kind first, and leaves out what is settled", () => {
    const shown = pendingAttention(attention).map((item) => item.kind);
    expect(shown).toEqual([
      "applicationsWaiting",
      "reportsWaiting",
      "reportsOverdue",
      "decisionsOverdue",
      "bookingsWaiting",
      "pairingProposals",
      "unclaimedItems",
      "idleUnits",
    ]);
  });
});

describe("the years a picker offers", () => {
  it("are the years with a plan or records, by Beijing date, newest first", async () => {
    expect(await listReportYears()).toEqual([2026, 2025, 2024]);
  });
});
