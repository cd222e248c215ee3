import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { pngBytes } from "../factories/images";
import { accounts, signIn } from "./support/accounts";
import { searchPlan, tapMenuLink } from "./support/nav";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations } from "./support/axe";
import { journeyFixture } from "./support/fixtures";

// The lead unit's year on a phone, by tapping only (one sign-in goto per person): claim the item,
// schedule it with a venue booking, open sign-up, another unit joins, both check in with the
// rotating code, mark it held, report with a photo, the admin returns it, the lead fixes it, the
// admin accepts; the home page's "so far" strip and the unit's page then show the numbers.

const beijing = new Date(Date.now() + 8 * 3_600_000);
const today = beijing.toISOString().slice(0, 10);
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
// A start a little ahead of now (the venue needs no notice), so "today" is the activity's day.
const startMinute = Math.min(
  Math.ceil((beijing.getUTCHours() * 60 + beijing.getUTCMinutes() + 10) / 5) * 5,
  1430,
);
const startTime = clock(startMinute);
const endTime = clock(Math.min(startMinute + 60, 1439));

async function checked(page: Page) {
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalOverflow(page);
}

const tapNav = (page: Page, name: string) => tapMenuLink(page, name);

async function signedIn(browser: Browser, login: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, login);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

async function openItem(page: Page, journeyItem: string) {
  await searchPlan(page, journeyItem);
  await page.getByRole("link", { name: journeyItem }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(journeyItem);
}

async function soFar(strip: Locator) {
  const values = await strip.locator("dd").allTextContents();
  return values.map((value) => Number(value.replace(/[^\d.]/g, "")));
}

test("a lead unit runs its item from claim to accepted report by tapping @phone", async ({
  browser,
}, testInfo) => {
  test.setTimeout(360_000);
  const { item: journeyItem, venue: journeyVenue, ...journeyUnits } = journeyFixture(testInfo.project.name);
  // A visitor notes the home page's numbers before.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/");
  const strip = visitor.getByTestId("year-so-far");
  const before = await soFar(strip);

  // 1. The lead claims the item and lands on its page, where the next step is scheduling.
  const lead = await signedIn(browser, journeyUnits.lead);
  await openItem(lead, journeyItem);
  const panel = lead.getByRole("region", { name: "认领与报名" });
  await panel.getByRole("button", { name: "认领这项活动" }).click();
  await expect(panel.getByRole("status")).toContainText("认领成功");
  await panel.getByRole("link", { name: "管理报名" }).click();
  await expect(lead).toHaveURL(/\/my\/activities\/\d+$/);
  const next = lead.getByRole("region", { name: "下一步" });
  await next.getByRole("link", { name: "安排活动" }).click();
  await expect(lead).toHaveURL(/\/schedule$/);

  // 2. Schedule today with the shared venue; the form hands over to the saved schedule.
  await lead.getByLabel(/^日期/).fill(today);
  await lead.getByLabel("开始时间").fill(startTime);
  await lead.getByLabel("结束时间").fill(endTime);
  await lead.getByLabel("共享阵地（可选）").selectOption({ label: `${journeyVenue}（测试单位）` });
  await lead.getByLabel("活动介绍").fill("青年羽毛球友谊赛，欢迎各成员单位报名。");
  await lead.getByLabel(/^名额/).fill("60");
  await checked(lead);
  await lead.getByRole("button", { name: "保存安排" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "活动安排已保存" })).toBeVisible();
  await expect(lead.getByRole("region", { name: "活动安排" })).toContainText(`${journeyVenue} · 已预约`);
  await expect(lead.getByRole("button", { name: "保存安排" })).toHaveCount(0);
  await checked(lead);
  await next.getByRole("button", { name: "开放报名" }).click();
  await expect(next.getByRole("link", { name: "出示签到码" })).toBeVisible();

  // 3. Another unit joins from the activity list.
  const member = await signedIn(browser, journeyUnits.member);
  await openItem(member, journeyItem);
  const memberPanel = member.getByRole("region", { name: "认领与报名" });
  await memberPanel.getByLabel("预计参加人数").fill("8");
  await memberPanel.getByRole("button", { name: "报名参加" }).click();
  await expect(memberPanel.getByRole("status")).toContainText("报名成功");

  // 4. The lead's list shows the next step; the lead sees who joined and shows the code.
  await lead.getByRole("link", { name: "返回我的活动" }).click();
  await checked(lead);
  await lead.getByRole("link", { name: "下一步：活动当天签到" }).click();
  await expect(lead.getByRole("region", { name: "已报名单位" })).toContainText(journeyUnits.member);
  await next.getByRole("link", { name: "出示签到码" }).click();
  const code = (await lead.getByTestId("checkin-code").textContent())!.trim();
  await checked(lead);
  await lead.getByRole("link", { name: "我也要签到" }).click();
  await lead.getByRole("button", { name: "签到", exact: true }).click();
  await expect(lead.getByRole("status").filter({ hasText: "已完成签到" })).toBeVisible();

  // 5. The member checks in from its own activity list with the code on the lead's screen.
  await tapNav(member, "我的单位");
  await tapNav(member, "我的活动");
  await member.getByRole("link", { name: "去签到" }).click();
  await member.getByLabel("签到码").fill(code);
  await member.getByRole("button", { name: "签到", exact: true }).click();
  await expect(member.getByRole("status").filter({ hasText: "已完成签到" })).toBeVisible();
  await checked(member);

  // 6. The lead marks it held and files the report with a photo.
  await lead.getByRole("link", { name: "返回我的活动" }).click();
  await lead.getByRole("link", { name: "下一步：活动当天签到" }).click();
  await next.getByRole("button", { name: "标记为已举办" }).click();
  await next.getByRole("link", { name: "填写活动报告" }).click();
  await expect(lead.getByRole("spinbutton", { name: new RegExp(journeyUnits.member) })).toHaveValue("1");
  await lead.getByLabel("志愿者人数").fill("10");
  await lead.getByLabel(/志愿服务时长/).fill("25.5");
  await lead.getByLabel("活动总结").fill("两家单位的青年参加了羽毛球友谊赛。");
  await checked(lead);
  await lead.getByRole("button", { name: "提交报告" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "报告已提交" })).toBeVisible();
  await lead
    .getByLabel(/^照片$/)
    .setInputFiles({ name: "match.png", mimeType: "image/png", buffer: pngBytes(64, 48) });
  await lead.getByRole("button", { name: "上传照片" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "照片已上传" })).toBeVisible();

  // 7. The admin returns it for a fix from the reports page.
  const admin = await signedIn(browser, accounts.admin);
  await tapNav(admin, "管理后台");
  await tapNav(admin, "活动报告");
  const review = admin.getByRole("listitem").filter({ has: admin.getByRole("link", { name: journeyItem }) });
  await review.getByLabel("修改意见").fill("请在总结里写明比赛场次。");
  await review.getByRole("button", { name: "退回修改" }).click();
  await expect(review).toContainText("请在总结里写明比赛场次。");
  await checked(admin);

  // 8. The lead sees the request as its next step, fixes and resubmits.
  await lead.getByRole("link", { name: "返回活动" }).click();
  await expect(next).toContainText("请在总结里写明比赛场次。");
  await next.getByRole("link", { name: "修改报告" }).click();
  await lead.getByLabel("活动总结").fill("两家单位的青年参加了羽毛球友谊赛，共进行 12 场比赛。");
  await lead.getByRole("button", { name: "重新提交报告" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "报告已提交" })).toBeVisible();

  // 9. The admin accepts it; the lead's page says it is complete.
  await tapNav(admin, "活动报告");
  await review.getByRole("button", { name: "确认报告" }).click();
  await expect(admin.getByRole("link", { name: journeyItem })).toHaveCount(0);
  await lead.getByRole("link", { name: "返回活动" }).click();
  await expect(next).toContainText("报告已通过审核");

  // 10. The home page and the unit's page show the reported numbers.
  await visitor.locator('header a[href="/"]').first().click();
  // At least our report's numbers were added (specs running alongside may add theirs too).
  const added = [1, 2, 10, 25.5];
  await expect
    .poll(async () => (await soFar(strip)).every((value, index) => value >= before[index]! + added[index]!))
    .toBe(true);
  await checked(visitor);
  await openItem(visitor, journeyItem);
  await visitor
    .getByRole("link", { name: new RegExp(journeyUnits.lead) })
    .first()
    .click();
  await expect(visitor.getByRole("region", { name: "活动成果" })).toContainText(
    "2 家单位 · 2 人参加 · 志愿者 10 人 · 服务 25.5 小时",
  );
  await checked(visitor);
});
