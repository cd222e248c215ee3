import { expect, test } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { tapAdminSection, tapMenuLink } from "./support/nav";

// Building a year's list (活动清单): an admin creates a draft year, adds two items, and the list
// appears at /plan only once it is published.
test("an admin creates a draft 2028 list with two items, publishes it, and /plan shows them", async ({
  page,
}) => {
  await signIn(page, accounts.admin, undefined, "/admin/plan");
  await expect(page.getByRole("heading", { level: 1, name: "活动清单管理" })).toBeVisible();

  // 1. A draft year.
  await page.getByRole("spinbutton", { name: "年度" }).fill("2028");
  await page.getByLabel("清单标题").fill("2028年度润州青年工作委员会活动清单");
  await page.getByLabel("每个单位最多牵头项数").fill("1");
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page.getByText("年度清单已创建（草稿）。")).toBeVisible();
  await page.getByRole("link", { name: /^2028 · / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^2028 · / })).toBeVisible();

  // 2. Two items.
  const items = [
    {
      title: "端到端青年读书会",
      type: "READING_CLUB",
      commitment: "STUDY_EXCHANGE",
      month: "4",
      date: "2028-04-18",
    },
    { title: "端到端植树造林", type: "TREE_PLANTING", commitment: "LIVELIHOOD", month: "3", date: "" },
  ];
  for (const item of items) {
    await page.getByRole("link", { name: "添加活动" }).click();
    await page.getByLabel("活动名称").fill(item.title);
    await page.getByLabel("活动类型").selectOption(item.type);
    await page.getByLabel("对应的五方面内容").selectOption(item.commitment);
    await page.getByLabel("计划月份").selectOption(item.month);
    if (item.date) await page.getByLabel("计划日期（可选）").fill(item.date);
    await page.getByLabel("地址").fill("润州区青年之家");
    await page.getByRole("button", { name: "添加活动" }).click();
    await expect(page.getByText("活动已添加到清单。")).toBeVisible();
    await page.getByRole("link", { name: "返回 2028 年清单" }).click();
  }

  // A draft is not public yet: the public list offers no 2028 and shows none of its items.
  await tapMenuLink(page, "活动清单");
  await expect(page.getByRole("link", { name: "2028年" })).toHaveCount(0);
  await expect(page.getByText("端到端青年读书会")).toHaveCount(0);

  // 3. Publish, with confirmation.
  await tapMenuLink(page, "管理后台");
  await tapAdminSection(page, "活动清单管理");
  await page.getByRole("link", { name: /^2028 · / }).click();
  await expect(page.getByRole("link", { name: "端到端青年读书会" })).toBeVisible();
  await page.getByLabel("我确认发布 2028 年活动清单").check();
  await page.getByRole("button", { name: "发布清单" }).click();
  await expect(page.getByText("清单已发布，访客可在“活动清单”页面查看。")).toBeVisible();

  // 4. Visitors see both items.
  await page.context().clearCookies();
  await tapMenuLink(page, "活动清单");
  await page.getByRole("link", { name: "2028年" }).click();
  await expect(page.getByText("端到端青年读书会")).toBeVisible();
  await expect(page.getByText("端到端植树造林")).toBeVisible();
});

// The list editor's activity pages moved from …/items/<id> to …/activities/<id> when "activity"
// became the one name; an old bookmark still lands on the same page.
test("an old /admin/plan/<year>/items/<id> link redirects permanently to …/activities/<id>", async ({
  request,
}) => {
  const response = await request.get("/admin/plan/2026/items/7", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe("/admin/plan/2026/activities/7");
});
