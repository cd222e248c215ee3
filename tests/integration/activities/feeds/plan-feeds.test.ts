// The iCalendar feeds (/plan.ics, /units/[slug]/plan.ics) parse with a real iCalendar parser,
// carry only dated activities of published years and link back to each activity's page.
import ICAL from "ical.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as planFeed } from "@/app/[locale]/(public)/plan.ics/[[...filter]]/route";
import { GET as unitFeed } from "@/app/[locale]/(public)/units/[slug]/plan.ics/route";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { createUnit } from "@/tests/factories";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";

const base = "https://portal.example.org";
const published = 2031;
const draft = 2032;
const savedUrl = process.env.NEXTAUTH_URL;

function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: String(vevent.getFirstPropertyValue("url")),
      status: String(vevent.getFirstPropertyValue("status")),
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
      end: event.endDate.toString(),
    };
  });
}

/** The feed of `year` as proxy.ts routes `/plan.ics?year=…` (`plan.ics/year-…`), or of no year. */
async function fetchPlan(year?: number | string) {
  const filter = year === undefined ? [] : [`year-${year}`];
  return planFeed(new Request(`http://internal:3000/zh-CN/plan.ics/${filter.join("/")}`), {
    params: Promise.resolve({ locale: "zh-CN", filter }),
  });
}

async function fetchUnit(slug: string) {
  return unitFeed(new Request(`http://internal:3000/zh-CN/units/${slug}/plan.ics`), {
    params: Promise.resolve({ locale: "zh-CN", slug }),
  });
}

let lead: Awaited<ReturnType<typeof createUnit>>;
let dated: Awaited<ReturnType<typeof createPlanActivity>>;
let tricky: Awaited<ReturnType<typeof createPlanActivity>>;
let cancelled: Awaited<ReturnType<typeof createPlanActivity>>;
let monthOnly: Awaited<ReturnType<typeof createPlanActivity>>;
let drafted: Awaited<ReturnType<typeof createPlanActivity>>;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = base;
  lead = await createUnit({ name: "中国邮政镇江分公司团委（测试）" });
  await createPlan(published);
  await createPlan(draft, "DRAFT");
  dated = await createPlanActivity(published, {
    title: "春季植树",
    type: "TREE_PLANTING",
    plannedDate: new Date(Date.UTC(published, 2, 10)),
    place: "润州青年公益林",
    leadUnitId: lead.id,
  });
  tricky = await createPlanActivity(published, {
    title: "读书会, 第一期; 青年\\成长",
    plannedDate: new Date(Date.UTC(published, 3, 23)),
  });
  cancelled = await createPlanActivity(published, {
    title: "取消的联谊",
    plannedDate: new Date(Date.UTC(published, 4, 4)),
    status: "CANCELLED",
    cancelReason: "天气原因",
  });
  monthOnly = await createPlanActivity(published, {
    title: "只有月份",
    plannedMonth: 6,
    leadUnitId: lead.id,
  });
  drafted = await createPlanActivity(draft, {
    title: "草稿里的活动",
    plannedDate: new Date(Date.UTC(draft, 1, 1)),
    leadUnitId: lead.id,
  });
});

afterEach(() => {
  process.env.NEXTAUTH_URL = base;
});

afterAll(() => {
  if (savedUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = savedUrl;
});

describe("/plan.ics", () => {
  it("serves the year's dated activities as all-day events with links back to their pages", async () => {
    const response = await fetchPlan(published);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(`runzhou-youth-plan-${published}.ics`);
    const events = parse(await response.text());
    expect(events.map((event) => event.uid).sort()).toEqual(
      [dated.id, tricky.id, cancelled.id].map((id) => `activity-${id}@runzhou-youth`).sort(),
    );
    const planting = events.find((event) => event.uid === `activity-${dated.id}@runzhou-youth`)!;
    expect(planting).toMatchObject({
      summary: "春季植树",
      url: `${base}/activities/${dated.id}`,
      start: `${published}-03-10`,
      end: `${published}-03-11`,
      isDate: true,
      location: "润州青年公益林",
      status: "CONFIRMED",
    });
    expect(planting.description).toContain("植树造林");
    expect(planting.description).toContain("中国邮政镇江分公司团委（测试）");
    expect(events.find((event) => event.summary === monthOnly.title)).toBeUndefined();
  });

  it("escapes commas, semicolons and backslashes so titles come back unchanged", async () => {
    const body = await (await fetchPlan(published)).text();
    expect(body).toContain("SUMMARY:读书会\\, 第一期\\; 青年\\\\成长");
    const event = parse(body).find((e) => e.uid === `activity-${tricky.id}@runzhou-youth`)!;
    expect(event.summary).toBe("读书会, 第一期; 青年\\成长");
    expect(event.description).toContain("待认领");
  });

  it("marks cancelled activities as cancelled", async () => {
    const events = parse(await (await fetchPlan(published)).text());
    expect(events.find((e) => e.uid === `activity-${cancelled.id}@runzhou-youth`)?.status).toBe("CANCELLED");
  });

  it("never serves a draft year: 404, and its activities appear in no feed", async () => {
    expect((await fetchPlan(draft)).status).toBe(404);
    const unitEvents = parse(await (await fetchUnit(lead.slug)).text());
    expect(unitEvents.map((e) => e.summary)).not.toContain(drafted.title);
  });

  it("never links to the request's host, even without NEXTAUTH_URL", async () => {
    delete process.env.NEXTAUTH_URL;
    const events = parse(await (await fetchPlan(published)).text());
    expect(events[0]?.url).toMatch(/^http:\/\/localhost:\d+\/activities\/\d+$/);
  });

  it("serves the current year without a year", async () => {
    const current = beijingYearMonth().year;
    await createPlan(current);
    const activity = await createPlanActivity(current, { plannedDate: new Date(Date.UTC(current, 0, 15)) });
    const response = await fetchPlan();
    expect(response.status).toBe(200);
    expect(parse(await response.text()).map((e) => e.uid)).toContain(`activity-${activity.id}@runzhou-youth`);
  });

  it("answers 404 to a route no canonical query makes (proxy.ts redirects junk years away)", async () => {
    for (const year of ["99999", "0", `0${published}`, "abc"]) {
      expect((await fetchPlan(year)).status, year).toBe(404);
    }
  });
});

describe("/units/[slug]/plan.ics", () => {
  it("lists the dated activities the unit leads in published years", async () => {
    const response = await fetchUnit(lead.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = parse(await response.text());
    expect(events.map((event) => event.uid)).toEqual([`activity-${dated.id}@runzhou-youth`]);
    expect(events[0]?.url).toBe(`${base}/activities/${dated.id}`);
  });

  it("answers 404 for unknown, malformed and withdrawn units", async () => {
    const withdrawn = await createUnit({ status: "WITHDRAWN" });
    expect((await fetchUnit("no-such-unit")).status).toBe(404);
    expect((await fetchUnit("Bad Slug!")).status).toBe(404);
    expect((await fetchUnit(withdrawn.slug)).status).toBe(404);
  });
});
