import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations } from "./support/axe";
import { honestFixtures } from "./support/honest-fixtures";
import { tapMenuLink } from "./support/nav";

// Honest states on a phone: what a unit sees is what it can do. One page.goto per test (the
// sign-in page), then only taps and typing.

const visitorHints = [/登录后可认领/, /成员单位书记登录后可认领或报名/];

const tapNav = (page: Page, name: RegExp) => tapMenuLink(page, name, false);

async function checkPage(page: Page) {
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalOverflow(page);
}

async function expectNoVisitorHints(page: Page) {
  for (const hint of visitorHints) await expect(page.getByText(hint)).toHaveCount(0);
}

test("@phone a unit at its lead limit sees the claim disabled with the reason, and no visitor hint", async ({
  page,
}) => {
  await signIn(page, honestFixtures.leadAtLimit);
  await expect(page).toHaveURL(/\/my$/);
  await tapNav(page, /^活动清单$/);
  await page.getByLabel("搜索活动").fill(honestFixtures.unclaimedTitle);
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await page.getByRole("link", { name: honestFixtures.unclaimedTitle }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(honestFixtures.unclaimedTitle);

  const panel = page.getByRole("region", { name: "认领与报名" });
  const claim = panel.getByRole("button", { name: "认领这项活动" });
  await expect(claim).toBeDisabled();
  await expect(claim).toHaveAccessibleDescription("本单位本年度已牵头 1 项活动，达到上限，不能再认领。");
  await expect(panel.getByText("本单位本年度已牵头 1 项活动，达到上限，不能再认领。")).toBeVisible();
  await expectNoVisitorHints(page);
  await checkPage(page);
});

test("@phone a reported activity's card and page count the report's units and people", async ({ page }) => {
  await signIn(page, honestFixtures.leadAtLimit);
  await expect(page).toHaveURL(/\/my$/);
  await tapNav(page, /^活动清单$/);
  await page.getByRole("navigation", { name: "选择年度" }).getByRole("link", { name: "2023年" }).click();
  const card = page.getByRole("article").filter({ hasText: "润州青年公益林植树活动" });
  await expect(card).toContainText("5 个单位参加 · 共 105 人");
  await expect(card).not.toContainText("已报名");
  await checkPage(page);

  await card.getByRole("link", { name: "润州青年公益林植树活动" }).click();
  const panel = page.getByRole("region", { name: "认领与报名" });
  await expect(panel).toContainText("实际参加");
  await expect(panel).toContainText("5 个单位，共 105 人");
  await expect(panel).toContainText("这项活动已经举办。");
  await expect(panel.getByRole("button")).toHaveCount(0);
  await expectNoVisitorHints(page);
  await checkPage(page);

  // The lead unit's page lists it with the same figures.
  await page.getByRole("link", { name: "中国邮政镇江分公司团委" }).first().click();
  const row = page
    .getByRole("region", { name: "2023年度" })
    .getByRole("listitem")
    .filter({ hasText: "润州青年公益林植树活动" });
  await expect(row).toContainText("5 个单位参加 · 共 105 人");
  await checkPage(page);
});

test("@phone an inbox message opens its subject and is read afterwards", async ({ page }) => {
  await signIn(page, honestFixtures.inboxReader);
  await expect(page).toHaveURL(/\/my$/);
  await tapNav(page, /^消息/);
  await expect(page.getByRole("heading", { level: 1, name: "消息" })).toBeVisible();
  const message = page.getByRole("link", {
    name: new RegExp(`“${honestFixtures.unclaimedTitle}”日期已调整`),
  });
  const item = page.getByRole("article", { name: new RegExp(honestFixtures.unclaimedTitle) });
  await expect(item.getByText("未读", { exact: true })).toBeVisible();
  await checkPage(page);

  await message.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(honestFixtures.unclaimedTitle);
  await checkPage(page);

  await tapNav(page, /^消息/);
  await expect(page.getByText("没有未读消息")).toBeVisible();
  await expect(item.getByText("未读", { exact: true })).toHaveCount(0);
  await expect(item.getByRole("button", { name: /标为已读/ })).toHaveCount(0);
});
