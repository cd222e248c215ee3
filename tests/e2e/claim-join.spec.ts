import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { searchPlan } from "./support/nav";

// 认领 and 举手 end to end. Units and item are reserved for this spec: neither unit leads an
// item of the current year in the demo data, and no other spec touches this unclaimed item (so
// it runs in the phone project only, playwright.config.ts). Each secretary signs in, then taps.
const leadLogin = "demo-maritime"; // 镇江海事局团委
const guestLogin = "demo-securities"; // 华泰证券镇江营业部团支部
const guestName = "华泰证券镇江营业部团支部";
const title = "长江岸线净滩志愿行动";
// The lead schedules it later today in Beijing before opening sign-up.
const beijing = new Date(Date.now() + 8 * 3_600_000);
const today = beijing.toISOString().slice(0, 10);
const startMinute = Math.min(beijing.getUTCHours() * 60 + beijing.getUTCMinutes() + 30, 1430);
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

test("@phone secretary A claims an unclaimed item and opens sign-up, B signs up, A sees B on the lead's page", async ({
  browser,
}) => {
  // Two secretaries, each tapping from /my: longer than one page's test.
  test.setTimeout(120_000);
  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signIn(lead, leadLogin);
  await expect(lead).toHaveURL(/\/my$/);

  await searchPlan(lead, title);
  await lead.getByRole("link", { name: title }).click();
  const panel = lead.getByRole("region", { name: "认领与报名" });
  await panel.getByRole("button", { name: "认领这项活动" }).click();
  await expect(panel.getByRole("status")).toContainText("认领成功");
  await expect(panel).toContainText("这是本单位牵头的活动。");

  await panel.getByRole("link", { name: "管理报名" }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toContainText(title);
  await lead.getByRole("region", { name: "下一步" }).getByRole("link", { name: "安排活动" }).click();
  await lead.getByLabel(/^日期/).fill(today);
  await lead.getByLabel("开始时间").fill(clock(startMinute));
  await lead.getByLabel("结束时间").fill(clock(Math.min(startMinute + 5, 1439)));
  await lead.getByRole("button", { name: "保存安排" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "活动安排已保存" })).toBeVisible();
  await lead.getByRole("button", { name: "开放报名" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "已开放报名" })).toBeVisible();

  // Another unit, in its own browser session.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await signIn(guest, guestLogin);
  await expect(guest).toHaveURL(/\/my$/);
  await searchPlan(guest, title);
  await guest.getByRole("link", { name: title }).click();
  const guestPanel = guest.getByRole("region", { name: "认领与报名" });
  const headcount = guestPanel.getByLabel("预计参加人数");
  await headcount.fill("0");
  await guestPanel.getByRole("button", { name: "报名参加" }).click();
  await expect(guestPanel.getByText("预计人数须在 1 到 500 之间。")).toBeVisible();
  await expect(guestPanel.getByLabel("预计参加人数")).toHaveAttribute("aria-invalid", "true");
  await guestPanel.getByLabel("预计参加人数").fill("15");
  await guestPanel.getByRole("button", { name: "报名参加" }).click();
  await expect(guestPanel.getByRole("status")).toContainText("报名成功");
  await expect(guestPanel).toContainText("本单位已报名，预计 15 人。");

  // The lead sees who signed up.
  await lead.reload();
  const joined = lead.getByRole("region", { name: "已报名单位" });
  await expect(joined.getByRole("row", { name: new RegExp(guestName) })).toContainText("15");
  await expect(lead.getByText("合计：1 个单位报名，预计 15 人；候补 0 个单位。")).toBeVisible();

  // The public plan shows the live status.
  await searchPlan(guest, title);
  await expect(guest.getByText("1 个单位已报名 · 15/80 人")).toBeVisible();

  await leadContext.close();
  await guestContext.close();
});
