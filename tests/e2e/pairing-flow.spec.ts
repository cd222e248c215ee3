import { expect, test, type Browser, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { tapAdminSection, fieldLabelled } from "./support/nav";

// Pairing (结对挂钩) end to end, on a phone: a secretary goes from /my to the unit's pairings and
// proposes a pairing with a community; the admin goes from /admin to the pairings, opens the
// proposal and approves it; the pairing then shows on its own public page, on the unit's page
// and on the community's page. Demo data: the weather bureau's branch has no pairing yet.
const unit = { login: "demo-meteorology", name: "镇江市气象局团支部（示例）", shortName: "镇江气象" };
const community = "和平路街道江滨社区（示例）";

async function signedIn(browser: Browser, baseURL: string | undefined, login: string, path: string) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page: Page = await context.newPage();
  await signIn(page, login, undefined, path);
  return page;
}

test("@phone a secretary proposes a pairing → the admin approves it → it shows on the unit's and the community's pages", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL;

  // The secretary: from the desk's pairings card to the proposal form.
  const secretary = await signedIn(browser, baseURL, unit.login, "/my");
  await secretary.getByRole("link", { name: "查看和申请结对" }).click();
  await expect(secretary.getByRole("heading", { level: 1, name: "我单位的结对" })).toBeVisible();
  const form = secretary.getByRole("form", { name: "申请结对" });
  await fieldLabelled(form, "社区").selectOption({ label: community });
  await form.getByLabel("为老服务").check();
  await form.getByLabel("志愿服务").check();
  await form.getByLabel("说明").fill("每月一次为独居老人上门送气象灾害防御知识。");
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(form.getByRole("status")).toHaveText("结对申请已提交，等待团区委审批。");
  await secretary.reload();
  const proposal = secretary.getByRole("listitem").filter({ hasText: community });
  await expect(proposal).toContainText("待审批");

  // The admin: from the overview to the pairings, proposals first, and approves this one.
  const admin = await signedIn(browser, baseURL, accounts.admin, "/admin");
  await tapAdminSection(admin, "结对挂钩");
  await expect(admin.getByRole("heading", { level: 1, name: "结对挂钩管理" })).toBeVisible();
  await admin.getByRole("link", { name: community }).first().click();
  await expect(admin).toHaveURL(/\/admin\/pairings\/\d+$/);
  const pairingId = new URL(admin.url()).pathname.split("/").pop()!;
  await expect(admin.getByRole("heading", { level: 1, name: community })).toBeVisible();
  await expect(admin.getByText(unit.name, { exact: true })).toBeVisible();
  await admin.getByRole("button", { name: "通过申请" }).click();
  // Approved, the page offers the next steps of a running pairing instead.
  await expect(admin.getByRole("button", { name: "暂停结对" })).toBeVisible();

  // Its public page, the unit's page and the community's page all show it.
  await admin.getByRole("link", { name: "查看公开页面" }).click();
  await expect(admin).toHaveURL(new RegExp(`/pairings/${pairingId}$`));
  await expect(admin.getByRole("heading", { level: 1, name: `${community}结对` })).toBeVisible();
  await admin.getByRole("link", { name: unit.name }).click();
  await expect(admin.getByRole("heading", { level: 1, name: unit.name })).toBeVisible();
  const paired = admin.getByRole("region", { name: "结对社区" });
  await expect(paired).toContainText("进行中");
  await paired.getByRole("link", { name: community }).click();
  await expect(admin).toHaveURL(new RegExp(`/pairings/${pairingId}$`));
  await admin.getByRole("region", { name: "结对信息" }).getByRole("link", { name: community }).click();
  await expect(admin).toHaveURL(/\/communities\/\d+$/);
  const pairings = admin.getByRole("region", { name: "结对单位" });
  await expect(pairings.getByRole("link", { name: unit.shortName })).toHaveAttribute(
    "href",
    `/pairings/${pairingId}`,
  );

  // The secretary's list shows it running now.
  await secretary.reload();
  await expect(secretary.getByRole("listitem").filter({ hasText: community })).toContainText("进行中");
});
