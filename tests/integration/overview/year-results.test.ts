// The year's service totals (lib/overview/results: the admin overview, unit pages and annual
// report read them too) and the public results page (issue 16, item 2): every figure against a
// direct SQL count over crafted data with the records that must not count — a returned report,
// a cancelled activity with check-ins, an activity not yet held, the service-log entries written
// from reports, pending, declined and cancelled bookings, a hidden and a later venue, a draft
// year's list, and another year's reports, visits and bookings (at the Beijing new year).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import type { ActivityStatus, BookingStatus, ReportStatus } from "@/lib/generated/prisma/enums";
import { submitReport } from "@/lib/activities/reports/submit-report";
import { getServiceTotals, getServiceTotalsByUnit, getYearResults } from "@/lib/overview/results/queries";
import { listReportYears } from "@/lib/overview/years";
import { createAdmin, createSecretary, createUnit, uniqueSuffix } from "@/tests/factories";
import { asActor, ensurePlanYear } from "@/tests/factories/reports";
import { createLogEntry, createServiceSite } from "@/tests/factories/sites";
import { createVenue } from "@/tests/factories/venues";
import { pngBytes } from "@/tests/factories/images";
import { GET as monthChart } from "@/app/[locale]/(public)/results/chart/[year]/route";

const year = 2026;
const otherYear = 2025;
const draftYear = 2024;
const now = new Date("2026-06-30T00:00:00Z");

type Unit = Awaited<ReturnType<typeof createUnit>>;
let units: Unit[];
let adminId: number;
const ids: Record<string, number> = {};

const n = (rows: Array<{ n: bigint | number | string | null }>) => Number(rows[0]?.n ?? 0);

async function activity(
  leadUnitId: number,
  status: ActivityStatus,
  {
    planYear = year,
    plannedMonth = 3,
    serviceSiteId,
  }: { planYear?: number; plannedMonth?: number; serviceSiteId?: number } = {},
) {
  return db.activity.create({
    data: {
      year: planYear,
      title: `活动${uniqueSuffix()}`,
      type: "TREE_PLANTING",
      commitment: "LIVELIHOOD",
      plannedMonth,
      status,
      leadUnitId,
      serviceSiteId,
      claimedAt: new Date(),
      cancelReason: status === "CANCELLED" ? "取消" : "",
    },
  });
}

async function report(
  activityId: number,
  status: ReportStatus,
  fields: { date: string; volunteers: number; hours: number },
  participants: Array<[number, number]>,
  results: Array<[string, number, string]> = [],
) {
  await db.activity.update({ where: { id: activityId }, data: { status: "REPORTED" } });
  return db.activityReport.create({
    data: {
      activityId,
      actualDate: new Date(`${fields.date}T00:00:00Z`),
      volunteerCount: fields.volunteers,
      serviceHours: fields.hours,
      summary: "  种下桂花树和樱花树，\n  共一百余名青年参加。 ",
      status,
      submittedById: adminId,
      participants: {
        create: participants.map(([unitId, count]) => ({ unitId, count, corrected: count === 0 })),
      },
      results: {
        create: results.map(([label, value, unit], position) => ({ label, value, unit, position })),
      },
    },
  });
}

/** `count` people of the unit check in (each a user of its own: one check-in per person). */
async function checkIns(activityId: number, unitId: number, count: number) {
  for (let index = 0; index < count; index += 1) {
    // Inactive accounts: a unit has one active secretary per role, and these only check in.
    const user = await createSecretary(unitId, { active: false });
    await db.checkIn.create({ data: { activityId, userId: user.id, unitId } });
  }
}

let keys = 0;
async function book(
  venueId: number,
  unitId: number,
  status: BookingStatus,
  startsAt: string,
  activityId?: number,
) {
  const start = new Date(startsAt);
  const end = new Date(start.getTime() + 3_600_000);
  return db.booking.create({
    data: {
      venueId,
      unitId,
      bookedById: adminId,
      startsAt: start,
      endsAt: end,
      blockedUntil: end,
      purpose: "羽毛球",
      headcount: 4,
      status,
      activityId,
      requestKey: `year-results-${(keys += 1)}`,
    },
  });
}

beforeAll(async () => {
  adminId = (await createAdmin()).id;
  // Created in id order: a < b < c < d < e (shares of a visit go in that order).
  units = [];
  for (let index = 0; index < 5; index += 1) units.push(await createUnit());
  const [a, b, c, d, e] = units as [Unit, Unit, Unit, Unit, Unit];
  await ensurePlanYear(year);
  await ensurePlanYear(otherYear);
  await ensurePlanYear(draftYear, "DRAFT");
  const site = await createServiceSite({ units: [a.id, b.id] });

  // Accepted, with a unit corrected down to nobody and results whose labels differ in spaces;
  // its service-log entry (as the report would have written it) must not count a second time.
  const accepted = await activity(a.id, "DONE", { serviceSiteId: site.id });
  ids.accepted = accepted.id;
  const acceptedReport = await report(
    accepted.id,
    "ACCEPTED",
    { date: "2026-03-10", volunteers: 100, hours: 250.5 },
    [
      [a.id, 60],
      [b.id, 40],
      [c.id, 0],
    ],
    [
      ["树木种植", 200, "棵"],
      ["绿化面积", 2000, "m²"],
    ],
  );
  await createLogEntry(site.id, adminId, {
    servedOn: "2026-03-10",
    volunteers: 100,
    hours: 250.5,
    units: [a.id, b.id],
    results: [["树木种植", 200, "棵"]],
    activityId: accepted.id,
  });
  await db.reportPhoto.create({
    data: {
      reportId: acceptedReport.id,
      contentType: "image/png",
      data: new Uint8Array(pngBytes()),
      caption: "",
    },
  });

  // Submitted through the real mutation at a service site: it writes its own log entry.
  const submitted = await activity(b.id, "DONE", { plannedMonth: 4, serviceSiteId: site.id });
  ids.submitted = submitted.id;
  await checkIns(submitted.id, b.id, 2);
  const secretary = await createSecretary(b.id);
  await submitReport(
    asActor(secretary),
    {
      activityId: submitted.id,
      reportVersion: null,
      actualDate: new Date("2026-04-20T00:00:00Z"),
      volunteerCount: 30,
      serviceHours: 60,
      summary: "补种树苗。",
      participants: [{ unitId: b.id, count: 30 }],
      results: [{ label: " 树木种植 ", value: 100.25, unit: "棵" }],
    },
    now,
  );

  // Returned for a fix: its numbers (and its log entry) wait; its check-ins count meanwhile.
  const returned = await activity(c.id, "DONE", { serviceSiteId: site.id });
  ids.returned = returned.id;
  await checkIns(returned.id, d.id, 2);
  await report(
    returned.id,
    "NEEDS_FIX",
    { date: "2026-05-05", volunteers: 999, hours: 999 },
    [[c.id, 999]],
    [["树木种植", 999, "棵"]],
  );
  await createLogEntry(site.id, adminId, {
    servedOn: "2026-05-05",
    volunteers: 999,
    hours: 999,
    units: [c.id],
    activityId: returned.id,
  });

  // Held, not reported yet: its check-ins count in its month.
  const held = await activity(d.id, "DONE", { plannedMonth: 6 });
  ids.held = held.id;
  await checkIns(held.id, a.id, 1);
  await checkIns(held.id, e.id, 2);

  // Never count: cancelled after check-ins, open with check-ins (not held), another year's and a
  // draft year's reports.
  const cancelled = await activity(a.id, "CANCELLED");
  ids.cancelled = cancelled.id;
  await checkIns(cancelled.id, a.id, 3);
  const open = await activity(a.id, "OPEN");
  await checkIns(open.id, b.id, 4);
  const previous = await activity(a.id, "DONE", { planYear: otherYear });
  ids.previous = previous.id;
  await report(
    previous.id,
    "ACCEPTED",
    { date: "2025-12-31", volunteers: 77, hours: 7 },
    [[a.id, 77]],
    [["树木种植", 77, "棵"]],
  );
  const draft = await activity(e.id, "DONE", { planYear: draftYear });
  ids.draft = draft.id;
  await report(draft.id, "SUBMITTED", { date: "2024-08-08", volunteers: 11, hours: 3 }, [[e.id, 11]]);

  // Visits logged by hand: two this year (one on Beijing new year's day), one the day before.
  await createLogEntry(site.id, adminId, {
    servedOn: "2026-07-15",
    volunteers: 7,
    hours: 10.5,
    units: [e.id, b.id],
    results: [
      ["养护", 3, "次"],
      ["树木种植", 20, "棵"],
    ],
  });
  await createLogEntry(site.id, adminId, { servedOn: "2026-01-01", volunteers: 5, hours: 4, units: [c.id] });
  await createLogEntry(site.id, adminId, {
    servedOn: "2025-12-31",
    volunteers: 50,
    hours: 50,
    units: [c.id],
  });

  // Venues: shown; hidden but used this year; hidden and unused; added after the year.
  const shown = await createVenue(a.id);
  const hiddenUsed = await createVenue(b.id, { active: false });
  await createVenue(c.id, { active: false });
  await createVenue(d.id, { createdAt: new Date("2027-01-02T00:00:00Z") });
  await book(shown.id, b.id, "CONFIRMED", "2026-03-01T02:00:00Z");
  await book(shown.id, b.id, "CANCELLED", "2026-03-02T02:00:00Z");
  await book(shown.id, b.id, "PENDING", "2026-03-03T02:00:00Z");
  await book(shown.id, b.id, "DECLINED", "2026-03-04T02:00:00Z");
  await book(hiddenUsed.id, a.id, "CONFIRMED", "2026-04-01T02:00:00Z");
  await book(shown.id, a.id, "CONFIRMED", "2025-12-31T16:30:00Z"); // 2026-01-01 00:30 Beijing
  await book(shown.id, a.id, "CONFIRMED", "2025-12-31T15:30:00Z"); // 2025-12-31 23:30 Beijing
  await book(shown.id, a.id, "CONFIRMED", "2026-09-01T02:00:00Z"); // not begun by `now`
  await book(shown.id, a.id, "CONFIRMED", "2026-02-01T02:00:00Z", cancelled.id);
});

// The direct counts: written from the rules in lib/overview/results/contributions.ts, in SQL.
const heldWhere = (y: number) => `a."year" = ${y} AND a."status" IN ('DONE', 'REPORTED')`;
const standing = `r."status" IN ('SUBMITTED', 'ACCEPTED')`;
const published = (y: number) =>
  `EXISTS (SELECT 1 FROM "PlanYear" p WHERE p."year" = ${y} AND p."status" = 'PUBLISHED')`;

async function sqlTotals(y: number) {
  const reports = await db.$queryRawUnsafe<Array<{ v: bigint; h: string; n: bigint }>>(`
    SELECT COALESCE(SUM(r."volunteerCount"), 0) AS v, COALESCE(SUM(r."serviceHours"), 0)::text AS h, COUNT(*) AS n
    FROM "ActivityReport" r JOIN "Activity" a ON a."id" = r."activityId"
    WHERE ${heldWhere(y)} AND a."status" = 'REPORTED' AND ${standing} AND ${published(y)}`);
  const checkedIn = await db.$queryRawUnsafe<Array<{ n: bigint }>>(`
    SELECT COUNT(*) AS n FROM "CheckIn" c JOIN "Activity" a ON a."id" = c."activityId"
    LEFT JOIN "ActivityReport" r ON r."activityId" = a."id"
    WHERE ${heldWhere(y)} AND (r."id" IS NULL OR NOT ${standing}) AND ${published(y)}`);
  const visits = await db.$queryRawUnsafe<Array<{ v: bigint; h: string }>>(`
    SELECT COALESCE(SUM("volunteers"), 0) AS v, COALESCE(SUM("hours"), 0)::text AS h
    FROM "ServiceLogEntry" WHERE "activityId" IS NULL AND EXTRACT(YEAR FROM "servedOn") = ${y}`);
  const held = await db.$queryRawUnsafe<Array<{ n: bigint }>>(`
    SELECT COUNT(*) AS n FROM "Activity" a WHERE ${heldWhere(y)} AND ${published(y)}`);
  return {
    held: n(held),
    volunteers: Number(reports[0]!.v) + n(checkedIn) + Number(visits[0]!.v),
    hours: Number(reports[0]!.h) + Number(visits[0]!.h),
  };
}

describe("getServiceTotals and the public results", () => {
  it("count activities held, volunteers and hours as SQL over the same rules does", async () => {
    const totals = await getServiceTotals(year);
    const sql = await sqlTotals(year);
    expect({ held: totals.held, volunteers: totals.volunteers, hours: totals.hours }).toEqual(sql);
    // The reports' own log entries exist (the submitted one written by submitReport) and add
    // nothing. By hand: 100 + 30 (reports) + 2 (returned: check-ins) + 3 (held) + 7 + 5 (visits).
    const fromReports = await db.serviceLogEntry.count({
      where: { activityId: { in: [ids.accepted!, ids.submitted!, ids.returned!] } },
    });
    expect(fromReports).toBe(3);
    expect(sql).toEqual({ held: 4, volunteers: 147, hours: 250.5 + 60 + 10.5 + 4 });
  });

  it("sum measurable results by label and unit, trimmed, from standing reports and hand-logged visits", async () => {
    const rows = await db.$queryRaw<Array<{ label: string; unit: string; value: string }>>`
      SELECT BTRIM(x."label") AS label, BTRIM(x."unit") AS unit, SUM(x."value")::text AS value FROM (
        SELECT rr."label", rr."unit", rr."value" FROM "ReportResult" rr
        JOIN "ActivityReport" r ON r."id" = rr."reportId" JOIN "Activity" a ON a."id" = r."activityId"
        WHERE a."year" = ${year} AND a."status" = 'REPORTED' AND r."status" IN ('SUBMITTED', 'ACCEPTED')
        UNION ALL
        SELECT lr."label", lr."unit", lr."value" FROM "ServiceLogResult" lr
        JOIN "ServiceLogEntry" e ON e."id" = lr."entryId"
        WHERE e."activityId" IS NULL AND EXTRACT(YEAR FROM e."servedOn") = ${year}
      ) x GROUP BY 1, 2 ORDER BY 1, 2`;
    const totals = await getServiceTotals(year);
    const sorted = [...totals.results].sort((x, y) =>
      `${x.label}${x.unit}`.localeCompare(`${y.label}${y.unit}`),
    );
    const expected = rows
      .map((row) => ({ label: row.label, unit: row.unit, value: Number(row.value) }))
      .sort((x, y) => `${x.label}${x.unit}`.localeCompare(`${y.label}${y.unit}`));
    expect(sorted).toEqual(expected);
    expect(totals.results.find((row) => row.label === "树木种植")).toEqual({
      label: "树木种植",
      unit: "棵",
      value: 320.25,
    });
  });

  it("spread the year over its Beijing months, each month as SQL counts it", async () => {
    const rows = await db.$queryRaw<
      Array<{ month: number; held: bigint; volunteers: bigint; hours: string }>
    >`
      SELECT month, SUM(held) AS held, SUM(volunteers) AS volunteers, SUM(hours)::text AS hours FROM (
        SELECT EXTRACT(MONTH FROM r."actualDate")::int AS month, 1 AS held, r."volunteerCount" AS volunteers, r."serviceHours" AS hours
        FROM "ActivityReport" r JOIN "Activity" a ON a."id" = r."activityId"
        WHERE a."year" = ${year} AND a."status" = 'REPORTED' AND r."status" IN ('SUBMITTED', 'ACCEPTED')
        UNION ALL
        SELECT COALESCE(EXTRACT(MONTH FROM r."actualDate")::int, a."plannedMonth"), 1,
          (SELECT COUNT(*) FROM "CheckIn" c WHERE c."activityId" = a."id"), 0
        FROM "Activity" a LEFT JOIN "ActivityReport" r ON r."activityId" = a."id"
        WHERE a."year" = ${year} AND a."status" IN ('DONE', 'REPORTED')
          AND (r."id" IS NULL OR r."status" NOT IN ('SUBMITTED', 'ACCEPTED'))
        UNION ALL
        SELECT EXTRACT(MONTH FROM e."servedOn")::int, 0, e."volunteers", e."hours" FROM "ServiceLogEntry" e
        WHERE e."activityId" IS NULL AND EXTRACT(YEAR FROM e."servedOn") = ${year}
      ) x GROUP BY month`;
    const { byMonth } = await getServiceTotals(year);
    expect(byMonth.map((row) => row.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const month of byMonth) {
      const row = rows.find((candidate) => candidate.month === month.month);
      expect(month, `month ${month.month}`).toEqual({
        month: month.month,
        held: Number(row?.held ?? 0),
        volunteers: Number(row?.volunteers ?? 0),
        hours: Number(row?.hours ?? 0),
      });
    }
    expect(byMonth[0]).toMatchObject({ held: 0, volunteers: 5 }); // the new year's day visit
    expect(byMonth[4]).toMatchObject({ held: 1, volunteers: 2, hours: 0 }); // returned: check-ins
  });

  it("count the units taking part: leads, people in standing reports, check-ins where no report stands, visits", async () => {
    const rows = await db.$queryRaw<Array<{ n: bigint }>>`
      SELECT COUNT(DISTINCT u) AS n FROM (
        SELECT a."leadUnitId" AS u FROM "Activity" a WHERE a."year" = ${year} AND a."status" IN ('DONE', 'REPORTED')
        UNION ALL
        SELECT p."unitId" FROM "ReportParticipant" p JOIN "ActivityReport" r ON r."id" = p."reportId"
        JOIN "Activity" a ON a."id" = r."activityId"
        WHERE a."year" = ${year} AND a."status" = 'REPORTED' AND r."status" IN ('SUBMITTED', 'ACCEPTED') AND p."count" > 0
        UNION ALL
        SELECT c."unitId" FROM "CheckIn" c JOIN "Activity" a ON a."id" = c."activityId"
        LEFT JOIN "ActivityReport" r ON r."activityId" = a."id"
        WHERE a."year" = ${year} AND a."status" IN ('DONE', 'REPORTED')
          AND (r."id" IS NULL OR r."status" NOT IN ('SUBMITTED', 'ACCEPTED'))
        UNION ALL
        SELECT lu."unitId" FROM "ServiceLogUnit" lu JOIN "ServiceLogEntry" e ON e."id" = lu."entryId"
        WHERE e."activityId" IS NULL AND EXTRACT(YEAR FROM e."servedOn") = ${year}
      ) x`;
    expect((await getServiceTotals(year)).units).toBe(n(rows));
    expect(n(rows)).toBe(5);
  });

  it("give each unit the people it sent, its share of hours by people, and an even share of a visit", async () => {
    const [a, b, c, d, e] = units as [Unit, Unit, Unit, Unit, Unit];
    const people = await db.$queryRaw<Array<{ unitId: number; n: bigint }>>`
      SELECT u AS "unitId", SUM(k) AS n FROM (
        SELECT p."unitId" AS u, p."count" AS k FROM "ReportParticipant" p JOIN "ActivityReport" r ON r."id" = p."reportId"
        JOIN "Activity" a ON a."id" = r."activityId"
        WHERE a."year" = ${year} AND a."status" = 'REPORTED' AND r."status" IN ('SUBMITTED', 'ACCEPTED')
        UNION ALL
        SELECT c."unitId", 1 FROM "CheckIn" c JOIN "Activity" a ON a."id" = c."activityId"
        LEFT JOIN "ActivityReport" r ON r."activityId" = a."id"
        WHERE a."year" = ${year} AND a."status" IN ('DONE', 'REPORTED')
          AND (r."id" IS NULL OR r."status" NOT IN ('SUBMITTED', 'ACCEPTED'))
      ) x GROUP BY u`;
    const sent = (unitId: number) => Number(people.find((row) => row.unitId === unitId)?.n ?? 0);
    // The 7 volunteers of the visit by e and b: 4 to b (lower id), 3 to e; 5 of c's visit to c.
    const visitShare = new Map([
      [b.id, 4],
      [e.id, 3],
      [c.id, 5],
    ]);
    const byUnit = await getServiceTotalsByUnit(year);
    for (const unit of [a, b, c, d, e]) {
      const totals = await getServiceTotals(year, unit.id);
      expect(totals.volunteers, unit.name).toBe(sent(unit.id) + (visitShare.get(unit.id) ?? 0));
      expect(byUnit.get(unit.id)).toEqual(totals);
    }
    // a: 60 of the accepted report's 100 people → 60 % of 250.5 h; b: 40 % of it, all of its own
    // report's 60 h, half of the visit's 10.5 h (5.25).
    expect((await getServiceTotals(year, a.id)).hours).toBe(150.3);
    expect((await getServiceTotals(year, b.id)).hours).toBe(100.2 + 60 + 5.25);
    // c led the returned report (held, nobody of its own checked in) and was corrected to nobody
    // in the accepted one: it took part in one activity, not two.
    expect((await getServiceTotals(year, c.id)).held).toBe(1);
  });

  it("shows nothing of a draft year's list on the public side, and counts it for the committee", async () => {
    expect(await getServiceTotals(draftYear)).toMatchObject({ held: 1, volunteers: 11 });
    expect(await getServiceTotals(draftYear, undefined, { publishedOnly: true })).toMatchObject({
      held: 0,
      volunteers: 0,
    });
    const results = await getYearResults(draftYear, now);
    expect(results).toMatchObject({ held: 0, volunteers: 0, highlights: [] });
  });

  it("count venues shared and times used as SQL does: confirmed, begun, in the Beijing year, not for a cancelled activity", async () => {
    const results = await getYearResults(year, now);
    const start = "2025-12-31T16:00:00Z";
    const end = now.toISOString();
    const used = `b."status" = 'CONFIRMED' AND b."startsAt" >= '${start}' AND b."startsAt" < '${end}'
      AND (b."activityId" IS NULL OR EXISTS (SELECT 1 FROM "Activity" a WHERE a."id" = b."activityId" AND a."status" <> 'CANCELLED'))`;
    const times = await db.$queryRawUnsafe<Array<{ n: bigint }>>(
      `SELECT COUNT(*) AS n FROM "Booking" b WHERE ${used}`,
    );
    const venues = await db.$queryRawUnsafe<Array<{ n: bigint }>>(`
      SELECT COUNT(*) AS n FROM "Venue" v WHERE v."createdAt" < '2026-12-31T16:00:00Z'
        AND (v."active" OR EXISTS (SELECT 1 FROM "Booking" b WHERE b."venueId" = v."id" AND ${used}))`);
    expect({ venuesShared: results.venuesShared, timesUsed: results.timesUsed }).toEqual({
      venuesShared: n(venues),
      timesUsed: n(times),
    });
    expect(results).toMatchObject({ venuesShared: 2, timesUsed: 3 });
  });

  it("gives the public page the same totals, and highlights the shown reports, those with photos first", async () => {
    const results = await getYearResults(year, now);
    const totals = await getServiceTotals(year);
    expect(results).toMatchObject({
      held: totals.held,
      units: totals.units,
      volunteers: totals.volunteers,
      hours: totals.hours,
      byMonth: totals.byMonth,
    });
    const shown = await db.$queryRaw<Array<{ id: number }>>`
      SELECT a."id" FROM "ActivityReport" r JOIN "Activity" a ON a."id" = r."activityId"
      JOIN "PlanYear" p ON p."year" = a."year"
      WHERE a."year" = ${year} AND a."status" = 'REPORTED' AND p."status" = 'PUBLISHED'
        AND r."status" IN ('SUBMITTED', 'ACCEPTED')`;
    expect(results.highlights.map((item) => item.activityId).sort()).toEqual(
      shown.map((row) => row.id).sort(),
    );
    expect(results.highlights.map((item) => item.activityId)).toEqual([ids.accepted, ids.submitted]);
    expect(results.highlights[0]).toMatchObject({
      volunteers: 100,
      hours: 250.5,
      photoCount: 1,
      excerpt: "种下桂花树和樱花树， 共一百余名青年参加。",
    });
    expect(results.highlights[0]!.photo).not.toBeNull();
    expect(results.highlights[1]!.photo).toBeNull();
  });

  it("offers the years with a list or records, newest first", async () => {
    // 2024: the draft list; 2025: a report, a visit and a booking at 23:30 Beijing on 31 December.
    expect(await listReportYears()).toEqual([2026, 2025, 2024]);
  });

  it("draws the month chart of a year as an SVG image in the page's language, and no chart for a bad year", async () => {
    const chart = (locale: string, segment: string) =>
      monthChart(new Request(`http://internal/${locale}/results/chart/${segment}`), {
        params: Promise.resolve({ locale, year: segment }),
      });
    const zh = await chart("zh-CN", String(year));
    expect(zh.status).toBe(200);
    expect(zh.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await zh.text();
    expect(svg).toMatch(/^<svg [^>]*xmlns='http:\/\/www.w3.org\/2000\/svg'/);
    expect(svg).toContain(">1月<");
    expect(svg).toContain(">12月<");
    expect(await (await chart("en", String(year))).text()).toContain(">Dec<");
    for (const segment of ["abc", "2019", "2999"]) expect((await chart("zh-CN", segment)).status).toBe(404);
    expect((await chart("fr", String(year))).status).toBe(404);
  });
});
