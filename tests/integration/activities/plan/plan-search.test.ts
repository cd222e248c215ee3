// /plan's search box finds activities by title, description, place or lead unit name, matches
// wildcards literally and never reaches into draft years.
import { beforeAll, describe, expect, it } from "vitest";
import { listPublishedPlan } from "@/lib/activities/plan/queries";
import { createUnit } from "@/tests/factories";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";

const year = 2033;
const ids: Record<string, number> = {};

beforeAll(async () => {
  await createPlan(year);
  await createPlan(2034, "DRAFT");
  const post = await createUnit({ name: "中国邮政镇江分公司团委（搜索）", shortName: "镇江邮政搜" });
  ids.byTitle = (await createPlanActivity(year, { title: "青年读书会" })).id;
  ids.byDescription = (
    await createPlanActivity(year, { title: "周末活动", description: "一起读书，分享心得" })
  ).id;
  ids.byPlace = (await createPlanActivity(year, { title: "户外活动", place: "润州青年公益林" })).id;
  ids.byUnit = (await createPlanActivity(year, { title: "植树", leadUnitId: post.id })).id;
  ids.percent = (await createPlanActivity(year, { title: "满意度 100% 调研" })).id;
  await createPlanActivity(2034, { title: "草稿读书会" });
});

const search = async (q: string) =>
  (await listPublishedPlan({ year, q })).map((activity) => activity.id).sort();

describe("plan search", () => {
  it("matches titles and descriptions", async () => {
    expect(await search("读书")).toEqual([ids.byTitle, ids.byDescription].sort());
  });

  it("matches the place and the lead unit's full or short name", async () => {
    expect(await search("公益林")).toEqual([ids.byPlace]);
    expect(await search("中国邮政镇江分公司团委（搜索）")).toEqual([ids.byUnit]);
    expect(await search("镇江邮政搜")).toEqual([ids.byUnit]);
  });

  it("treats % and _ literally", async () => {
    expect(await search("100%")).toEqual([ids.percent]);
    expect(await search("%")).toEqual([ids.percent]);
    expect(await search("_")).toEqual([]);
  });

  it("never returns activities of a draft year", async () => {
    expect(await listPublishedPlan({ year: 2034, q: "读书" })).toEqual([]);
  });
});
