import { expect, test, type Browser, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { fixtureUnits } from "./support/fixtures";
import { tapAdminSection, tapMeetingTab, tapMenuLink } from "./support/nav";

// The whole life of a joint meeting across its people: the admin schedules it, the invited
// secretaries answer, the host checks in by the rotating code while the admin ticks the other
// unit, the host writes the minutes and lists a decision, the admin publishes, and the decision
// lands in its owner's /my. Each person signs in once, then taps.
const stamp = Date.now().toString(36);
const title = `E2E 全流程联席会议 ${stamp}`;
const decision = `全流程议定事项：共建青年读书角 ${stamp}`;
const unitName = (slug: string) => `端到端测试单位 ${slug}`;

/** A datetime-local value in Beijing time, `minutes` from now. */
function beijingInput(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);
}

function beijingDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A secretary signs in and opens the meeting from the invitations on /my. */
async function secretaryPage(browser: Browser, baseURL: string | undefined, login: string) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await signIn(page, login);
  await expect(page).toHaveURL(/\/my$/);
  await page
    .getByRole("region", { name: "会议邀请" })
    .getByRole("listitem")
    .filter({ hasText: title })
    .getByRole("link", { name: "回复" })
    .click();
  return page;
}

async function answer(page: Page, choice: string, delegate?: string) {
  const form = page.getByRole("region", { name: "本单位回执" });
  await form.getByRole("radio", { name: choice }).check();
  if (delegate) await form.getByLabel("代表姓名").fill(delegate);
  await form.getByRole("button", { name: "提交回执" }).click();
  await expect(form.getByRole("status")).toContainText("回执已保存");
}

test("admin schedules → secretaries answer → attendance → minutes published → decision on the owner's /my", async ({
  page,
  browser,
}, testInfo) => {
  // Three people tapping from their homes through the meeting's pages: longer than one page.
  test.setTimeout(240_000);
  const baseURL = testInfo.project.use.baseURL;
  const lead = unitName(fixtureUnits.flowLead);
  const member = unitName(fixtureUnits.flowMember);

  // 1. The admin schedules the meeting, starting in 30 minutes, hosted by the lead unit.
  await signIn(page, accounts.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await tapAdminSection(page, "联席会议");
  await page.getByRole("link", { name: "安排会议" }).click();
  const invited = page.getByRole("group", { name: "受邀单位" });
  await invited.getByRole("button", { name: "全不选" }).click();
  await invited.getByRole("checkbox", { name: lead }).check();
  await invited.getByRole("checkbox", { name: member }).check();
  await page.getByLabel("会议名称").fill(title);
  await page.getByLabel("开始时间（北京时间）").fill(beijingInput(30));
  await page.getByLabel("结束时间（北京时间）").fill(beijingInput(150));
  await page.getByLabel("地址或会议室").fill("区委三楼会议室");
  await page.getByLabel("承办单位").selectOption({ label: lead });
  await page.getByRole("button", { name: "安排并发送邀请" }).click();
  await expect(page).toHaveURL(/\/admin\/meetings\/\d+$/);
  const meetingId = new URL(page.url()).pathname.split("/").pop()!;

  // 2. Both secretaries answer the invitation.
  const host = await secretaryPage(browser, baseURL, fixtureUnits.flowLead);
  await expect(host).toHaveURL(new RegExp(`/meetings/${meetingId}`));
  await answer(host, "参会");
  const guest = await secretaryPage(browser, baseURL, fixtureUnits.flowMember);
  await answer(guest, "委派代表", "赵青");
  await page.reload();
  const responses = page.getByRole("region", { name: "回执" });
  await expect(responses.getByRole("row", { name: new RegExp(lead) })).toContainText("参会");
  await expect(responses.getByRole("row", { name: new RegExp(member) })).toContainText("赵青");

  // 3. Attendance: the host checks in with the code on screen; the admin ticks the delegate.
  await tapMeetingTab(page, "签到");
  const code = (await page.getByTestId("checkin-code").textContent())!.trim();
  await host.reload();
  await host
    .getByRole("region", { name: "出席情况" })
    .getByRole("link", { name: "签到", exact: true })
    .click();
  await host.getByLabel("签到码").fill(code);
  await host.getByLabel("到会人数").fill("4");
  await host.getByRole("button", { name: "签到", exact: true }).click();
  await expect(host.getByRole("status").filter({ hasText: "签到成功" })).toBeVisible();
  const delegateCard = page.getByRole("article", { name: member });
  await delegateCard.getByLabel("出席情况").selectOption("DELEGATE");
  await delegateCard.getByLabel("到会人数").fill("1");
  await delegateCard.getByRole("button", { name: "保存" }).click();
  await expect(delegateCard.getByRole("status")).toContainText("已保存");

  // 4. The host writes the minutes and lists a decision for the member unit.
  await host.getByRole("link", { name: "返回会议" }).click();
  await host.getByRole("link", { name: "编写纪要" }).click();
  await host.getByLabel("纪要正文（Markdown）").fill(`# ${title}\n\n一、会议通报了全年活动清单完成情况。`);
  await host.getByRole("button", { name: "保存新版本" }).click();
  await expect(host.getByRole("status").filter({ hasText: "纪要已保存为第 1 版" })).toBeVisible();
  await host.getByRole("link", { name: "返回会议页面" }).click();
  await host.getByRole("link", { name: "登记和管理议定事项" }).click();
  const add = host.getByRole("region", { name: "添加议定事项" });
  await add.getByLabel("事项内容").fill(decision);
  await add.getByLabel("责任单位").selectOption({ label: member });
  await add.getByLabel("完成时限").fill(beijingDay(14));
  await add.getByRole("button", { name: "添加事项" }).click();
  await expect(host.getByRole("article", { name: decision })).toBeVisible();

  // 5. The admin publishes the minutes; they become read-only.
  await tapMeetingTab(page, "会议纪要");
  await page.getByRole("button", { name: "发布纪要" }).click();
  await expect(page.getByRole("status").filter({ hasText: "只能查看" })).toBeVisible();

  // 6. The member unit finds the decision on /my and the published minutes on the meeting page.
  await tapMenuLink(guest, "我的单位");
  const open = guest.getByRole("region", { name: "本单位待落实的议定事项" });
  await expect(open.getByRole("article", { name: decision })).toBeVisible();
  await open.getByRole("link", { name: title }).first().click();
  await expect(guest).toHaveURL(new RegExp(`/meetings/${meetingId}(#.*)?$`));
  await expect(guest.getByText("一、会议通报了全年活动清单完成情况。")).toBeVisible();

  // The print page carries all four parts.
  await guest.getByRole("link", { name: "打印版" }).click();
  for (const heading of ["一、会议议程", "二、出席情况", "三、会议纪要", "四、议定事项"]) {
    await expect(guest.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(guest.getByRole("row", { name: new RegExp(decision) })).toContainText(member);
  await expect(guest.getByRole("row", { name: new RegExp(`^${lead}`) })).toContainText("4");
});
