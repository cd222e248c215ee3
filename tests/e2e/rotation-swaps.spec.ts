import { devices, expect, test, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { fixtureUnits } from "./support/fixtures";

// A far year of its own (2036): its published schedule puts e2e-flow-lead on duty in October and
// e2e-flow-member in November. The lead's secretary, on a phone, enters preferences and asks to
// swap; the member's secretary accepts; an admin approves; both units then see the new months.
const year = 2036;
const leadName = `端到端测试单位 ${fixtureUnits.flowLead}`;
const memberName = `端到端测试单位 ${fixtureUnits.flowMember}`;

test.beforeAll(async () => {
  await withDatabase(async (client) => {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(-7099, $1::int)", [year]);
    await client.query(
      `INSERT INTO "RotationYear" (year, "dutyMonths", "preferenceDeadline", "updatedAt")
       VALUES ($1, '{1,2,3,4,5,6,7,8,9,10,11,12}', '2036-01-31', now()) ON CONFLICT (year) DO NOTHING`,
      [year],
    );
    const existing = await client.query(`SELECT 1 FROM "RotationSchedule" WHERE year = $1`, [year]);
    if (existing.rowCount === 0) {
      const created = await client.query<{ id: number }>(
        `INSERT INTO "RotationSchedule" (year, number, status, "createdById", "publishedAt", "updatedAt")
         SELECT $1, 1, 'PUBLISHED', id, now(), now() FROM "User" WHERE login = 'admin'
         RETURNING id`,
        [year],
      );
      await client.query(
        `INSERT INTO "RotationAssignment" ("scheduleId", "unitId", month)
         SELECT $1, id, CASE slug WHEN $2 THEN 10 ELSE 11 END FROM "Unit" WHERE slug IN ($2, $3)`,
        [created.rows[0]!.id, fixtureUnits.flowLead, fixtureUnits.flowMember],
      );
    }
    await client.query("COMMIT");
  });
});

async function openMyRotation(page: Page) {
  await page.goto(`/my/rotation?year=${year}`);
  await expect(page.getByRole("heading", { level: 1, name: `${year} 年轮值` })).toBeVisible();
}

function dutyMonths(page: Page) {
  return page.getByRole("region", { name: "值月", exact: true }).getByRole("listitem");
}

test("a swap is requested on a phone, accepted, approved and shown to both units", async ({
  page,
  browser,
}) => {
  const phone = await browser.newContext({
    ...devices["Pixel 7"],
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const lead = await phone.newPage();
  await signIn(lead, fixtureUnits.flowLead);
  await expect(lead).toHaveURL(/\/my$/);
  await openMyRotation(lead);
  await expect(lead.getByText("填写截止到 2036-01-31")).toBeVisible();
  await expect(dutyMonths(lead)).toHaveText([/10月/]);

  // Preferences: a month named twice is refused next to the choice, then a valid save.
  await lead.getByLabel("第一意向").selectOption({ label: "11月" });
  await lead.getByLabel("第二意向").selectOption({ label: "11月" });
  await lead.getByRole("checkbox", { name: "8月" }).check();
  await lead.getByRole("button", { name: "保存" }).click();
  await expect(lead.getByText("该月份已是您的其他意向。")).toBeVisible();
  await expect(lead.getByRole("checkbox", { name: "8月" })).toBeChecked();
  await lead.getByLabel("第二意向").selectOption({ label: "12月" });
  await lead.getByRole("button", { name: "保存" }).click();
  await expect(lead.getByRole("region", { name: "意向月份与不可值月份" }).getByRole("status")).toContainText(
    "已保存。",
  );
  await expect(lead.getByText(/最近保存于/)).toBeVisible();

  // The swap: October for the member's November.
  await lead.getByLabel("本单位的值月").selectOption({ label: "10月" });
  await lead.getByLabel("对方的值月").selectOption({ label: `11月 – ${memberName}` });
  await lead.getByLabel("给对方的说明（可选）").fill("十月有单位年会");
  await lead.getByRole("button", { name: "申请调换" }).click();
  await expect(lead.getByRole("region", { name: "申请调换值月" }).getByRole("status")).toContainText(
    "已提出调换申请",
  );
  await expect(lead.getByRole("region", { name: "调换记录" })).toContainText("等待对方答复");

  const memberContext = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const member = await memberContext.newPage();
  await signIn(member, fixtureUnits.flowMember);
  await expect(member).toHaveURL(/\/my$/);
  await openMyRotation(member);
  const request = member
    .getByRole("region", { name: "调换记录" })
    .getByRole("listitem")
    .filter({ hasText: leadName });
  await expect(request).toContainText("十月有单位年会");
  await request.getByLabel("答复说明（可选）").fill("可以");
  await request.getByRole("button", { name: "同意", exact: true }).click();
  await expect(request.getByRole("status")).toContainText("已同意调换");

  await signIn(page, accounts.admin, undefined, "/admin/rotation/swaps");
  await expect(page.getByRole("heading", { level: 1, name: "值月调换" })).toBeVisible();
  const ours = (name: string) =>
    page
      .getByRole("region", { name })
      .getByRole("listitem")
      .filter({ hasText: leadName })
      .filter({ hasText: memberName });
  await expect(ours("待处理")).toContainText("对方已同意，等待审批");
  await ours("待处理").getByRole("button", { name: "批准", exact: true }).click();
  await expect(ours("最近处理")).toContainText("已批准");
  await expect(ours("待处理")).toHaveCount(0);

  await openMyRotation(lead);
  await expect(dutyMonths(lead)).toHaveText([/11月/]);
  await expect(lead.getByRole("region", { name: "调换记录" })).toContainText("已批准");
  await openMyRotation(member);
  await expect(dutyMonths(member)).toHaveText([/10月/]);
  await phone.close();
  await memberContext.close();
});
