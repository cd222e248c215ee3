import ICAL from "ical.js";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { fixtureUnits } from "./support/fixtures";
import { searchPlan, tapMenuLink } from "./support/nav";

// The year in one pass: the admin puts an item on the published list, unit A claims it and
// opens sign-up, unit B raises its hand, A closes sign-up, both check in, A files the report;
// then the public plan, the activity page, A's five commitments and the feeds all show it.
// Everyone signs in (or opens the home page) once, then taps. Desktop only: lead-journey is its
// phone twin.
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const [year, month] = today.split("-").map(Number) as [number, number];
const title = `端到端全流程文体活动${Date.now().toString(36)}`;
// Later today in Beijing, so the schedule's start is not in the past.
const beijing = new Date(Date.now() + 8 * 3_600_000);
const startMinute = Math.min(beijing.getUTCHours() * 60 + beijing.getUTCMinutes() + 10, 1430);
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const startTime = clock(startMinute);
const endTime = clock(Math.min(startMinute + 5, 1439));

async function signedInPage(browser: Browser, login: string, home: RegExp): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, login);
  await expect(page).toHaveURL(home);
  return page;
}

/** Checks in on the check-in page the caller tapped to. */
async function checkIn(page: Page, activityId: string, code: string) {
  await expect(page).toHaveURL(new RegExp(`/checkin/${activityId}(\\?|$)`));
  await page.getByLabel("签到码").fill(code);
  await page.getByRole("button", { name: "签到", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已完成签到" })).toBeVisible();
}

test("an item goes from the admin's list through claim, sign-up, check-in and report to the public", async ({
  browser,
}) => {
  // The whole year in one pass, four people tapping from their homes: longer than one page's test.
  test.setTimeout(300_000);
  // 1. The admin adds a dated item to this year's published list.
  const admin = await signedInPage(browser, accounts.admin, /\/admin$/);
  await tapMenuLink(admin, "活动清单管理");
  await admin.getByRole("link", { name: new RegExp(`^${year} · `) }).click();
  await admin.getByRole("link", { name: "添加活动" }).click();
  await admin.getByLabel("活动名称").fill(title);
  await admin.getByLabel("活动类型").selectOption("CULTURE_SPORTS");
  await admin.getByLabel("对应的五方面内容").selectOption("CULTURE_SPORTS");
  await admin.getByLabel("计划月份").selectOption(String(month));
  await admin.getByLabel("计划日期（可选）").fill(today);
  await admin.getByLabel("地址").fill("润州区青年之家");
  await admin.getByRole("button", { name: "添加活动" }).click();
  await expect(admin.getByText("活动已添加到清单。")).toBeVisible();

  // 2. Unit A claims it and opens sign-up.
  const lead = await signedInPage(browser, fixtureUnits.flowLead, /\/my$/);
  await searchPlan(lead, title);
  await lead.getByRole("link", { name: title }).click();
  await expect(lead).toHaveURL(/\/activities\/\d+$/);
  const activityId = new URL(lead.url()).pathname.split("/").pop()!;
  const panel = lead.getByRole("region", { name: "认领与报名" });
  await panel.getByRole("button", { name: "认领这项活动" }).click();
  await expect(panel.getByRole("status")).toContainText("认领成功");
  // The lead schedules it (date and place come from the list) before opening sign-up.
  await panel.getByRole("link", { name: "管理报名" }).click();
  const next = lead.getByRole("region", { name: "下一步" });
  await next.getByRole("link", { name: "安排活动" }).click();
  await lead.getByLabel("开始时间").fill(startTime);
  await lead.getByLabel("结束时间").fill(endTime);
  await lead.getByRole("button", { name: "保存安排" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "活动安排已保存" })).toBeVisible();
  await lead.getByRole("button", { name: "开放报名" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "已开放报名" })).toBeVisible();

  // 3. Unit B raises its hand.
  const member = await signedInPage(browser, fixtureUnits.flowMember, /\/my$/);
  await searchPlan(member, title);
  await member.getByRole("link", { name: title }).click();
  const memberPanel = member.getByRole("region", { name: "认领与报名" });
  await memberPanel.getByLabel("预计参加人数").fill("8");
  await memberPanel.getByRole("button", { name: "报名参加" }).click();
  await expect(memberPanel.getByRole("status")).toContainText("报名成功");

  // 4. A closes sign-up and shows the check-in code; both check in.
  await expect(lead).toHaveURL(new RegExp(`/my/activities/${activityId}(\\?|$)`));
  await lead.getByRole("button", { name: "截止报名" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "已截止报名" })).toBeVisible();
  await next.getByRole("link", { name: "出示签到码" }).click();
  const code = (await lead.getByTestId("checkin-code").textContent())!.trim();
  await lead.getByRole("link", { name: "我也要签到" }).click();
  await checkIn(lead, activityId, code);
  // B checks in from its own activity list.
  await tapMenuLink(member, "我的单位");
  await tapMenuLink(member, "我的活动");
  await member.getByRole("listitem").filter({ hasText: title }).getByRole("link", { name: "去签到" }).click();
  await checkIn(member, activityId, code);

  // 5. A marks it held and files the report; the counts come from the check-ins.
  await lead.getByRole("link", { name: "返回我的活动" }).click();
  await lead
    .getByRole("listitem")
    .filter({ hasText: title })
    .getByRole("link", { name: /^下一步/ })
    .click();
  await next.getByRole("button", { name: "标记为已举办" }).click();
  await next.getByRole("link", { name: "填写活动报告" }).click();
  await expect(lead.getByRole("heading", { name: "提交活动报告" })).toBeVisible();
  await lead.getByLabel("志愿者人数").fill("2");
  await lead.getByLabel(/志愿服务时长/).fill("6");
  await lead.getByLabel("活动总结").fill("两家单位的青年参加了羽毛球友谊赛。");
  await lead.getByRole("button", { name: "提交报告" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "报告已提交" })).toBeVisible();

  // 6. The public plan and page show it; A's five commitments count it.
  const visitor = await browser.newPage();
  await visitor.goto("/");
  await searchPlan(visitor, title);
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await expect(visitor.getByText("已报告").first()).toBeVisible();
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor).toHaveURL(new RegExp(`/activities/${activityId}$`));
  await expect(visitor.getByRole("region", { name: "活动报告" })).toContainText(
    "两家单位的青年参加了羽毛球友谊赛。",
  );

  // A's commitment shows the reported item as under way: it counts as done only once the unit
  // records it as evidence and the district committee confirms that record.
  await tapMenuLink(lead, "我的单位");
  const culture = lead
    .getByRole("region", { name: `${year} 年五方面内容` })
    .locator('[data-commitment="CULTURE_SPORTS"]');
  await expect(culture).toContainText("进行中");
  await expect(culture).toContainText(title);

  // 7. Both feeds carry the item and parse as iCalendar.
  for (const path of ["/plan.ics", `/units/${fixtureUnits.flowLead}/plan.ics`]) {
    const response = await visitor.request.get(path);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
    const event = calendar
      .getAllSubcomponents("vevent")
      .map((component) => new ICAL.Event(component))
      .find((candidate) => candidate.summary === title);
    expect(event, path).toBeDefined();
    expect(event!.startDate.toString()).toBe(today);
  }
});
