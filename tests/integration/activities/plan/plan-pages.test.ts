// /plan shows a long year a page at a time (issue 14: the cached page weighs the same at 30 or
// 300 units): the month counts cover the whole filtered list, and the pages split it in list
// order without gaps or repeats.
import { beforeAll, describe, expect, it } from "vitest";
import { countPublishedPlanByMonth, listPublishedPlan } from "@/lib/activities/plan/queries";
import { PLAN_PAGE_SIZE } from "@/lib/activities/plan/plan-calendar";
import { pageOf } from "@/lib/core/site/paging";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";

const year = 2035;
const perMonth: Record<number, number> = { 2: 25, 5: 50, 11: 10 };

beforeAll(async () => {
  await createPlan(year);
  for (const [month, count] of Object.entries(perMonth)) {
    for (let i = 0; i < count; i++) {
      await createPlanActivity(year, {
        plannedMonth: Number(month),
        type: i % 2 ? "READING_CLUB" : "TREE_PLANTING",
      });
    }
  }
});

describe("the plan's pages", () => {
  it("counts every month of the filtered list, not just one page", async () => {
    expect(await countPublishedPlanByMonth({ year })).toEqual([
      { month: 2, count: 25 },
      { month: 5, count: 50 },
      { month: 11, count: 10 },
    ]);
    expect(await countPublishedPlanByMonth({ year, type: "TREE_PLANTING" })).toEqual([
      { month: 2, count: 13 },
      { month: 5, count: 25 },
      { month: 11, count: 5 },
    ]);
  });

  it("splits the list into pages in list order, every activity exactly once", async () => {
    const whole = await listPublishedPlan({ year });
    expect(whole).toHaveLength(85);
    const pageCount = Math.ceil(85 / PLAN_PAGE_SIZE);
    expect(pageCount).toBeGreaterThan(1);
    const pages = [];
    for (let page = 1; page <= pageCount; page++) {
      const paging = pageOf(whole.length, page, PLAN_PAGE_SIZE)!;
      expect(paging.pageCount).toBe(pageCount);
      pages.push(await listPublishedPlan({ year }, paging));
    }
    expect(pageOf(whole.length, pageCount + 1, PLAN_PAGE_SIZE)).toBeNull();
    expect(pages.map((page) => page.length)).toEqual([
      ...Array.from({ length: pageCount - 1 }, () => PLAN_PAGE_SIZE),
      85 - (pageCount - 1) * PLAN_PAGE_SIZE,
    ]);
    expect(pages.flat().map((activity) => activity.id)).toEqual(whole.map((activity) => activity.id));
  });
});
