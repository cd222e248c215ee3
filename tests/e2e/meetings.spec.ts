import { devices, expect, test } from "@playwright/test";
import { accounts, demoPassword, signIn } from "./support/accounts";
import { fixtureMeetings, fixtureUnits } from "./support/fixtures";
import { tapAdminSection } from "./support/nav";

// Joint meetings (联席会议): an admin schedules a meeting through the form (every active unit is
// ticked by default), the guest unit's secretary answers "send a delegate" on a phone, and the
// admin sees the answer in the response table. Visitors see only public meetings.

const guestUnit = `端到端测试单位 ${fixtureUnits.meetingGuest}`;
const hostUnit = `端到端测试单位 ${fixtureUnits.meetingHost}`;

/** A datetime-local value `days` from now, at 15:00 Beijing time. */
function beijingInput(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000);
  return `${date.toISOString().slice(0, 10)}T15:00`;
}

test("@phone an admin schedules a meeting, the guest secretary sends a delegate, the admin sees it", async ({
  page,
  browser,
}, testInfo) => {
  // An admin in two tabs and a secretary, each tapping from their home: longer than one page.
  test.setTimeout(120_000);
  const title = `E2E 排期会议 ${testInfo.project.name} ${Date.now().toString(36)}`;
  await signIn(page, accounts.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await tapAdminSection(page, "联席会议");
  await page.getByRole("link", { name: "安排会议" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "安排会议" })).toBeVisible();

  // Every active unit is invited by default.
  const invited = page.getByRole("group", { name: "受邀单位" });
  const boxes = invited.getByRole("checkbox");
  const total = await boxes.count();
  expect(total).toBeGreaterThan(4);
  await expect(invited.getByText(`已选 ${total} / ${total}`)).toBeVisible();
  // Only the test units are kept, so the demo units' inboxes (read by other specs) stay quiet.
  await invited.getByRole("button", { name: "全不选" }).click();
  await expect(invited.getByText(`已选 0 / ${total}`)).toBeVisible();
  await invited.getByRole("checkbox", { name: guestUnit }).check();
  await invited.getByRole("checkbox", { name: hostUnit }).check();

  await page.getByLabel("会议名称").fill(title);
  await page.getByLabel("开始时间（北京时间）").fill(beijingInput(5));
  await page.getByLabel("结束时间（北京时间）").fill(beijingInput(4));
  await page.getByLabel("地址或会议室").fill("区委三楼会议室");
  await page.getByLabel("承办单位").selectOption({ label: hostUnit });
  await page.getByRole("button", { name: "安排并发送邀请" }).click();
  // An end before the start is refused next to the field; the input is kept.
  await expect(page.getByText("结束时间须晚于开始时间。")).toBeVisible();
  await expect(page.getByLabel("会议名称")).toHaveValue(title);
  await expect(invited.getByText(`已选 2 / ${total}`)).toBeVisible();
  await expect(invited.getByRole("checkbox", { name: guestUnit })).toBeChecked();
  await page.getByLabel("结束时间（北京时间）").fill(beijingInput(5).replace("T15:00", "T17:00"));
  await page.getByRole("button", { name: "安排并发送邀请" }).click();
  await expect(page).toHaveURL(/\/admin\/meetings\/\d+$/);
  const meetingPath = new URL(page.url()).pathname;
  const meetingId = meetingPath.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const responses = page.getByRole("region", { name: "回执" });
  await expect(responses.getByRole("row", { name: new RegExp(guestUnit) })).toContainText("未回复");

  // The guest unit's secretary, on a phone, answers from /my.
  const pixel = devices["Pixel 7"];
  const phone = await browser.newContext({
    viewport: pixel.viewport,
    userAgent: pixel.userAgent,
    deviceScaleFactor: pixel.deviceScaleFactor,
    isMobile: pixel.isMobile,
    hasTouch: pixel.hasTouch,
    baseURL: testInfo.project.use.baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const secretary = await phone.newPage();
  await signIn(secretary, fixtureUnits.meetingGuest, demoPassword);
  await expect(secretary).toHaveURL(/\/my$/);
  // The unit's meetings section (the to-do list above names the same invitation).
  const invitation = secretary
    .getByRole("region", { name: "会议邀请" })
    .getByRole("listitem")
    .filter({ hasText: title });
  await expect(invitation).toContainText("待回复");
  await invitation.getByRole("link", { name: "回复" }).click();
  await expect(secretary).toHaveURL(new RegExp(`/meetings/${meetingId}`));
  const form = secretary.getByRole("region", { name: "本单位回执" });
  await form.getByRole("radio", { name: "委派代表" }).check();
  await form.getByRole("button", { name: "提交回执" }).click();
  await expect(form.getByText("请填写委派代表的姓名。")).toBeVisible();
  await form.getByLabel("代表姓名").fill("李青");
  await form.getByRole("button", { name: "提交回执" }).click();
  await expect(form.getByRole("status")).toHaveText("回执已保存。会议开始前可随时修改。");
  await phone.close();

  await page.reload();
  const row = page.getByRole("region", { name: "回执" }).getByRole("row", { name: new RegExp(guestUnit) });
  await expect(row).toContainText("委派代表");
  await expect(row).toContainText("李青");

  // Two admins edit at once (a second tab, from the admin home): the second, stale form is
  // refused and changes nothing.
  const other = await page.context().newPage();
  await other.goto("/admin");
  await tapAdminSection(other, "联席会议");
  await other.getByRole("listitem").filter({ hasText: title }).getByRole("link", { name: title }).click();
  await expect(other).toHaveURL(new RegExp(`${meetingPath}$`));
  await page.bringToFront();
  const edit = page.getByRole("region", { name: "修改会议" });
  await edit.getByLabel("地址或会议室").fill("区委五楼会议室");
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(edit.getByRole("status")).toHaveText("修改已保存。");
  await expect(edit.getByLabel("地址或会议室")).toHaveValue("区委五楼会议室");
  await other.bringToFront();
  const staleEdit = other.getByRole("region", { name: "修改会议" });
  await staleEdit.getByLabel("会议名称").fill(`${title} 改`);
  await staleEdit.getByRole("button", { name: "保存修改" }).click();
  await expect(staleEdit.getByRole("alert")).toContainText("会议信息已被他人修改");
  await other.close();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();

  // The list shows it among the upcoming meetings with its answers counted.
  await tapAdminSection(page, "联席会议");
  const listed = page.getByRole("listitem").filter({ hasText: title });
  await expect(listed).toContainText("代表 1");
  await expect(listed.getByRole("link", { name: title })).toHaveAttribute("href", meetingPath);
});

test("a visitor sees only public meetings at /meetings", async ({ page }) => {
  const publicTitle = fixtureMeetings.public;
  await page.goto("/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "联席会议" })).toBeVisible();
  await expect(page.getByRole("link", { name: publicTitle })).toBeVisible();
  await expect(page.getByText(fixtureMeetings.agenda)).toHaveCount(0);
  await expect(page.getByText("当前仅显示公开会议。")).toBeVisible();

  await page.getByRole("link", { name: publicTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: publicTitle })).toBeVisible();
  await expect(page.getByText("润州区青年之家")).toBeVisible();
});
