import { expect, test } from "@playwright/test";
import { tapMenuLink } from "./support/nav";

test.describe("a visitor browsing without signing in", () => {
  test("reads the 2023 plan, opens the tree planting and the lead unit's page @phone", async ({ page }) => {
    await page.goto("/plan?year=2023");
    await expect(page.getByRole("heading", { level: 1, name: "2023年度活动清单" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "3月" }).first()).toBeVisible();

    await page
      .getByRole("link", { name: /润州青年公益林/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/activities\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("植树");
    await expect(page.getByText("2023年3月10日").first()).toBeVisible();

    await page
      .getByRole("link", { name: /中国邮政/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/units\/china-post-zhenjiang$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("中国邮政镇江分公司团委");
    await expect(page.getByRole("heading", { name: "牵头的活动" })).toBeVisible();
  });

  test("filters the plan by month with the plain form and sees only that month", async ({ page }) => {
    await page.goto("/plan?year=2023");
    await page.getByRole("combobox", { name: "月份" }).selectOption("3");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/month=3/);
    await expect(page.getByRole("heading", { name: "3月" }).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "4月", exact: true })).toHaveCount(0);
  });

  test("finds a unit in the directory by searching its name @phone", async ({ page }) => {
    await page.goto("/units");
    await expect(page.getByRole("heading", { level: 2, name: "国企平台" })).toBeVisible();
    await page.getByLabel("按单位名称或简称搜索").fill("移动");
    await page.getByRole("button", { name: "搜索" }).click();
    await expect(page.getByRole("link", { name: "镇江移动" })).toBeVisible();
    await expect(page.getByText("中国移动通信集团江苏有限公司镇江分公司团委")).toBeVisible();
    await expect(page.getByText("中国邮政镇江分公司团委")).toHaveCount(0);
  });

  // Its subject is hand-typed and stale URLs themselves, so it opens one after another.
  test("bad parameters and unknown records answer with a page, never a server error", async ({ page }) => {
    for (const path of [
      "/plan?year=abc",
      "/plan?month=13",
      "/plan?type=NOPE&unit=%00",
      "/units?q=%27%20OR%201%3D1",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
    for (const path of [
      "/units/no-such-unit",
      "/units/BAD%20SLUG",
      "/activities/abc",
      "/activities/99999999",
      "/communities/abc",
      "/communities/99999999",
      "/pairings/abc",
      "/pairings/99999999",
      "/sites/abc",
      "/sites/99999999",
      "/needs/abc",
      "/needs/99999999",
      // A site's log starts on its own page; a page past the last does not exist.
      "/sites/1/log/1",
      "/sites/1/log/99",
      // Results exist from the first list (2023) to this year.
      "/results/abc",
      "/results/2019",
      "/results/2999",
      "/units/china-post-zhenjiang/years/2999",
      "/nope",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    }
  });
});

test("the language switch turns the site to English and the choice persists", async ({ page }) => {
  await page.goto("/plan?year=2023");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("button", { name: "语言 English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/plan\?year=2023$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2023");
  await tapMenuLink(page, "Member units");
  await expect(page.getByRole("heading", { level: 1, name: "Member units" })).toBeVisible();
  await page.getByRole("button", { name: "Language 中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "成员单位" })).toBeVisible();
});
