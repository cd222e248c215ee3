import { expect, test, type Browser, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { fieldLabelled, tapAdminSection, tapMenuLink } from "./support/nav";

// The needs board end to end, on a phone: the admin goes from /admin to the needs and posts
// Chaoyang Community's need; one unit's secretary finds it from the desk (/my), another from the
// public board (/needs), and each offers help; the admin accepts both offers and turns the need
// into an activity of this year's list, which its public page then links to. Then (the second
// test) the admin places it at the Youth Public-Welfare Forest, the helping unit that leads no
// item this year claims it, holds it and reports it, and the report adds the forest's service-log
// entry by itself: the site's totals and the unit's page show it.
test.describe.configure({ mode: "serial" });
const title = `社区老旧小区楼道清洁${Date.now().toString(36)}`;
const helpers = [
  { login: accounts.ruixiang, name: "瑞祥科技集团团委", start: "/my" },
  { login: "demo-water", name: "镇江水业总公司团委（示例）", start: "/needs" },
] as const;
/** This year and month in Beijing: the new activity is planned for this month, so not past. */
const beijingNow = new Date(Date.now() + 8 * 3_600_000);
const year = beijingNow.getUTCFullYear();
const month = String(beijingNow.getUTCMonth() + 1);

async function signedIn(browser: Browser, baseURL: string | undefined, login: string, path: string) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page: Page = await context.newPage();
  await signIn(page, login, undefined, path);
  return page;
}

/** The offer form of the need's member page, filled and sent; the unit's offer then waits. */
async function offer(page: Page, headcount: string, availability: string) {
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await fieldLabelled(page, "参与人数").fill(headcount);
  await fieldLabelled(page, "可参与时间").fill(availability);
  await fieldLabelled(page, "备注").fill("自带清洁工具。");
  await page.getByRole("button", { name: "报名帮忙" }).click();
  // Sent, the page shows the unit's waiting offer (which it may withdraw) instead of the form.
  await expect(page.getByRole("button", { name: "撤回报名" })).toBeVisible();
  await expect(page.getByText("待确认").first()).toBeVisible();
}

test("@phone the admin posts a need → two units offer → the admin accepts both and turns it into an activity", async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const baseURL = testInfo.project.use.baseURL;

  // The admin: from the overview to the needs, and posts one for Chaoyang Community.
  const admin = await signedIn(browser, baseURL, accounts.admin, "/admin");
  await tapAdminSection(admin, "需求");
  await expect(admin.getByRole("heading", { level: 1, name: "社区需求管理" })).toBeVisible();
  await admin.getByRole("link", { name: "发布需求" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "发布社区需求" })).toBeVisible();
  await fieldLabelled(admin, "社区").selectOption({ label: "南山街道 · 朝阳社区" });
  await fieldLabelled(admin, "需求名称").fill(title);
  await fieldLabelled(admin, "需求说明").fill("小区楼道堆物多、卫生差，需要志愿者协助清理并张贴消防提示。");
  await fieldLabelled(admin, "需要志愿者人数").fill("10");
  await fieldLabelled(admin, "所需技能").fill("清洁, 消防宣传");
  await fieldLabelled(admin, "规模（数值）").fill("6");
  await fieldLabelled(admin, "规模单位").fill("栋楼");
  await admin.getByRole("button", { name: "发布", exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/needs\/\d+$/);
  const needId = new URL(admin.url()).pathname.split("/").pop()!;
  await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(admin.getByText("还没有单位报名。")).toBeVisible();

  // One secretary from the desk's needs card, the unit's ordered board, then the need.
  const first = await signedIn(browser, baseURL, helpers[0].login, helpers[0].start);
  await first.getByRole("link", { name: "查看需求和我单位的报名" }).click();
  await expect(first.getByRole("heading", { level: 1, name: "社区需求 · 我单位" })).toBeVisible();
  await first.getByRole("link", { name: title }).first().click();
  await expect(first).toHaveURL(new RegExp(`/my/needs/${needId}$`));
  await offer(first, "5", "周六上午");

  // The other from the public board, the need's public page and its "my unit can help" link.
  const second = await signedIn(browser, baseURL, helpers[1].login, helpers[1].start);
  await expect(second.getByRole("heading", { level: 1, name: "社区需求" })).toBeVisible();
  await second.getByRole("link", { name: title }).first().click();
  await expect(second).toHaveURL(new RegExp(`/needs/${needId}$`));
  await second.getByRole("link", { name: "我单位愿意帮忙" }).click();
  await expect(second).toHaveURL(new RegExp(`/my/needs/${needId}$`));
  await offer(second, "3", "周日下午");

  // The admin sees both offers and accepts each; an accepted offer has no answers left.
  await admin.reload();
  for (const helper of helpers) {
    const accept = admin.getByRole("form", { name: `接受 · ${helper.name}`, exact: true });
    await accept.getByRole("button", { name: "接受" }).click();
    await expect(accept).toHaveCount(0);
  }
  await expect(admin.getByText("已接受", { exact: true })).toHaveCount(2);

  // …and turns the need into an activity of this year's list, prefilled from the need.
  const convert = admin.getByRole("region", { name: "转为活动清单中的新活动" });
  await fieldLabelled(convert, "年度").selectOption(String(year));
  await fieldLabelled(convert, "计划月份").selectOption(month);
  await expect(fieldLabelled(convert, "活动名称")).toHaveValue(title);
  await convert.getByRole("button", { name: "转为活动" }).click();
  const matched = admin.getByRole("link", { name: `已对接活动：${title}（${year}年）` });
  await expect(matched).toBeVisible();
  await expect(admin.getByText("已对接活动", { exact: true }).first()).toBeVisible();

  // The need's public page now names the units helping and links to its activity.
  await admin.getByRole("link", { name: "查看公开页" }).click();
  await expect(admin).toHaveURL(new RegExp(`/needs/${needId}$`));
  for (const helper of helpers) await expect(admin.getByRole("link", { name: helper.name })).toBeVisible();
  await admin.getByRole("link", { name: title, exact: true }).click();
  await expect(admin).toHaveURL(/\/activities\/\d+$/);
  await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("@phone its lead reports it at the forest and the report adds the site's service-log entry", async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const baseURL = testInfo.project.use.baseURL;
  const site = "润州青年公益林";
  const lead = helpers[1];
  const result = `清理楼道${Date.now().toString(36)}`;

  // The admin, from the need to the activity it became, holds it at the forest.
  const admin = await signedIn(browser, baseURL, accounts.admin, "/admin/needs");
  await admin.getByRole("link", { name: /^已对接活动/ }).click();
  await admin.getByRole("link", { name: title }).first().click();
  await admin.getByRole("link", { name: `已对接活动：${title}（${year}年）` }).click();
  await expect(admin).toHaveURL(/\/admin\/plan\/\d+\/activities\/\d+$/);
  const activityId = Number(new URL(admin.url()).pathname.split("/").pop());
  await fieldLabelled(admin, "定点服务点").selectOption({ label: site });
  await admin.getByRole("button", { name: "保存活动" }).click();
  await expect(admin.getByText("活动已保存。")).toBeVisible();

  // The helping unit claims it from the board: need → its activity → claim.
  const page = await signedIn(browser, baseURL, lead.login, "/needs");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page).toHaveURL(/\/needs\/\d+$/);
  await page.getByRole("main").getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/activities/${activityId}$`));
  const panel = page.getByRole("region", { name: "认领与报名" });
  await panel.getByRole("button", { name: "认领这项活动" }).click();
  await expect(panel.getByRole("status")).toContainText("认领成功");

  // Time cannot pass in a test: the activity's date becomes today (Shanghai), sign-up closed.
  await withDatabase(async (client) => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    await client.query(
      `UPDATE "Activity" SET status = 'CLOSED', "plannedDate" = $1::date,
         "plannedMonth" = EXTRACT(MONTH FROM $1::date)::int WHERE id = $2`,
      [today, activityId],
    );
  });

  // The lead marks it held and reports it, from its desk.
  await tapMenuLink(page, "我的单位");
  await tapMenuLink(page, "我的活动");
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/my/activities/${activityId}$`));
  const next = page.getByRole("region", { name: "下一步" });
  await next.getByRole("button", { name: "标记为已举办" }).click();
  await next.getByRole("link", { name: "填写活动报告" }).click();
  await expect(page.getByRole("heading", { name: "提交活动报告" })).toBeVisible();
  await page.getByRole("spinbutton", { name: /镇江水业/ }).fill("9");
  await page.getByLabel("志愿者人数").fill("9");
  await page.getByLabel(/志愿服务时长/).fill("27");
  await page.getByLabel("活动总结").fill("清扫六栋楼道，张贴消防安全提示。");
  await page.getByLabel("第 1 项名称").fill(result);
  await page.getByLabel("数量").first().fill("6");
  await page.getByLabel("单位", { exact: true }).first().fill("栋");
  await page.getByRole("button", { name: "提交报告" }).click();
  await expect(page.getByRole("status").filter({ hasText: "报告已提交" })).toBeVisible();

  // The forest's public page: the visit in its log and its result in the totals.
  await page.getByRole("contentinfo").getByRole("link", { name: "定点服务点" }).click();
  await page.getByRole("link", { name: site }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: site })).toBeVisible();
  await expect(page.getByText(`${result}`).first()).toBeVisible();
  await expect(page.getByText("清扫六栋楼道，张贴消防安全提示。")).toBeVisible();

  // …and the unit's page counts the visit among the sites it serves.
  await page.getByRole("link", { name: lead.name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: lead.name })).toBeVisible();
  await expect(page.getByRole("region", { name: "定点服务" })).toContainText(site);
});
