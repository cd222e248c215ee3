import { expect, test, type Browser, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { fixtureUnits } from "./support/fixtures";

// The rotation from end to end in a year of its own (2038): two secretaries enter their
// preferences, the admin generates the optimal schedule and publishes it, the lead unit asks to
// swap its month with the member unit, the member accepts, the admin approves, and the public
// page shows the swapped months.
const year = 2038;
const leadName = `端到端测试单位 ${fixtureUnits.flowLead}`;
const memberName = `端到端测试单位 ${fixtureUnits.flowMember}`;

test.beforeAll(async () => {
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "RotationYear" (year, "dutyMonths", "preferenceDeadline", "updatedAt")
       VALUES ($1, '{1,3,4,5,6,7,8,9,10,11,12}', '2037-12-31', now()) ON CONFLICT (year) DO NOTHING`,
      [year],
    );
  });
});

async function secretary(browser: Browser, login: string): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await signIn(page, login, undefined, `/my/rotation?year=${year}`);
  await expect(page.getByRole("heading", { level: 1, name: `${year} 年轮值` })).toBeVisible();
  return page;
}

async function preferFirst(page: Page, month: string) {
  await page.getByLabel("第一意向").selectOption({ label: month });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("region", { name: "意向月份与不可值月份" }).getByRole("status")).toContainText(
    "已保存。",
  );
}

const dutyMonths = (page: Page) =>
  page.getByRole("region", { name: "值月", exact: true }).getByRole("listitem");

test("preferences → generate and publish → swap requested, accepted, approved → public page", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const lead = await secretary(browser, fixtureUnits.flowLead);
  await preferFirst(lead, "10月");
  const member = await secretary(browser, fixtureUnits.flowMember);
  await preferFirst(member, "11月");

  // The admin generates: both first choices are met (nobody else asked for a 2038 month).
  await signIn(page, accounts.admin, undefined, `/admin/rotation?year=${year}`);
  await expect(page.getByRole("heading", { level: 1, name: "活动轮值排班" })).toBeVisible();
  await page.getByRole("button", { name: "生成草稿" }).click();
  await expect(page.getByText(/已生成第 \d+ 版草稿/)).toBeVisible();
  await page.getByRole("button", { name: /^发布第 \d+ 版$/ }).click();
  await expect(page.getByText(/第 \d+ 版已发布，已通知各轮值单位。/)).toBeVisible();

  await lead.reload();
  await expect(dutyMonths(lead)).toHaveText([/10月/]);
  await lead.getByLabel("本单位的值月").selectOption({ label: "10月" });
  await lead.getByLabel("对方的值月").selectOption({ label: `11月 – ${memberName}` });
  await lead.getByRole("button", { name: "申请调换" }).click();
  await expect(lead.getByRole("region", { name: "申请调换值月" }).getByRole("status")).toContainText(
    "已提出调换申请",
  );

  await member.reload();
  const request = member
    .getByRole("region", { name: "调换记录" })
    .getByRole("listitem")
    .filter({ hasText: leadName });
  await request.getByRole("button", { name: "同意", exact: true }).click();
  await expect(request.getByRole("status")).toContainText("已同意调换");

  await page.getByRole("link", { name: "值月调换" }).click();
  const pending = page
    .getByRole("region", { name: "待处理" })
    .getByRole("listitem")
    .filter({ hasText: leadName })
    .filter({ hasText: memberName });
  await pending.getByRole("button", { name: "批准", exact: true }).click();
  await expect(pending).toHaveCount(0);

  // Anyone can now read the result month by month.
  const visitor = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const publicPage = await visitor.newPage();
  // One URL per person: the visitor opens the year's page (2038 is a test year of its own).
  await publicPage.goto(`/rotation?year=${year}`);
  const months = publicPage.getByRole("list", { name: `${year}年各月值月单位` });
  await expect(months.getByRole("listitem", { name: "11月", exact: true })).toContainText(leadName);
  await expect(months.getByRole("listitem", { name: "10月", exact: true })).toContainText(memberName);
  await expect(months.getByRole("listitem", { name: "10月", exact: true })).not.toContainText(leadName);
  await visitor.close();
});
