import { expect, test } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";

// Chaoyang Community records its backbone team as done: its workspace, the admin grid and the
// public unit page all show the commitment fulfilled, and the roster never reaches the public.
const stamp = Date.now().toString(36);
const title = `朝阳青年志愿骨干队 ${stamp}`;
const roster = [`骨干甲${stamp}`, `骨干乙${stamp}`];
const year = Number(
  new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()),
);
const unitName = "南山街道朝阳社区团支部";

test("a secretary's backbone team record shows as done on /my, in the admin grid and publicly without the roster", async ({
  page,
  browser,
}) => {
  await signIn(page, "chaoyang-community");
  await expect(page).toHaveURL(/\/my$/);
  await page
    .getByRole("navigation", { name: "我的单位栏目" })
    .getByRole("link", { name: "五方面内容" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: `${year} 年五方面内容` })).toBeVisible();

  const add = page.getByRole("region", { name: "添加记录" });
  await add.getByLabel("对应内容").selectOption({ label: "打造一支骨干队伍" });
  await add.getByLabel("标题").fill(title);
  await add.getByLabel("进展").selectOption({ label: "已完成" });
  await add.getByLabel("骨干队伍名单").fill(roster.join("\n"));
  await add.getByRole("button", { name: "添加记录" }).click();
  await expect(add.getByRole("status").filter({ hasText: "记录已添加。" })).toBeVisible();

  await page.goto("/my");
  const summary = page.getByRole("region", { name: `${year} 年五方面内容` });
  const backbone = summary.locator('[data-commitment="BACKBONE_TEAM"]');
  await expect(backbone).toContainText("打造一支骨干队伍");
  await expect(backbone).toContainText("已完成");
  await expect(backbone).toContainText(title);

  const admin = await browser.newPage();
  await signIn(admin, accounts.admin, undefined, "/admin");
  await admin
    .getByRole("navigation", { name: "管理后台栏目" })
    .getByRole("link", { name: "五方面内容" })
    .click();
  await expect(admin.getByRole("heading", { level: 1, name: `五方面内容总览 · ${year}` })).toBeVisible();
  const row = admin.getByRole("row", { name: new RegExp(unitName) });
  // The cell's accessible name says which commitment and which status, not just a colour.
  await expect(row.getByRole("cell", { name: /^打造一支骨干队伍：\s*已完成$/ })).toBeVisible();
  await admin.close();

  const visitor = await browser.newPage();
  await visitor.goto("/units/chaoyang-community");
  const publicFive = visitor.getByRole("region", { name: `${year} 年五方面内容` });
  const publicBackbone = publicFive.locator('[data-commitment="BACKBONE_TEAM"]');
  await expect(publicBackbone).toContainText("已完成");
  await expect(publicBackbone).toContainText(title);
  for (const name of roster) await expect(visitor.getByText(name)).toHaveCount(0);
  expect(await visitor.content()).not.toContain(roster[0]);
  await visitor.close();
});
