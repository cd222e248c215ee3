import { devices, expect, test, type Locator, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { fixtureMeetings, fixtureUnits } from "./support/fixtures";
import { tapAdminSection, tapMenuLink } from "./support/nav";

// An admin lists two decisions of the fixture meeting for the guest unit, one already overdue;
// the guest's secretary, on a phone, sees both on /my with the overdue one first and reports
// progress on it; the admin then reads that note on /admin/decisions, overdue first.
const stamp = Date.now().toString(36);
const overdueTitle = `逾期事项：共建青年之家 ${stamp}`;
const futureTitle = `后续事项：开展读书会 ${stamp}`;
const note = `已与社区对接，下周启动 ${stamp}`;
const guestUnit = `端到端测试单位 ${fixtureUnits.meetingGuest}`;

/** A Beijing calendar day `days` from today, as a date input wants it. */
function beijingDay(days: number): string {
  const now = new Date(Date.now() + 8 * 3_600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

async function addDecision(page: Page, title: string, dueOn: string) {
  const form = page.getByRole("region", { name: "添加议定事项" });
  await form.getByLabel("事项内容").fill(title);
  await form.getByLabel("责任单位").selectOption({ label: guestUnit });
  await form.getByLabel("完成时限").fill(dueOn);
  await form.getByRole("button", { name: "添加事项" }).click();
  await expect(page.getByRole("article", { name: title })).toBeVisible();
}

/** The titles of the listed decisions of this run, in page order (within `scope`, if given). */
async function ourTitlesInOrder(page: Page, scope: Locator | Page = page): Promise<string[]> {
  const headings = await scope.getByRole("article").getByRole("heading").allInnerTexts();
  return headings.map((text) => text.trim()).filter((text) => text.includes(stamp));
}

test("decisions reach the owner's /my, overdue first, and the owner's note reaches the admin", async ({
  page,
  browser,
}) => {
  const meetingId = await withDatabase(async (db) => {
    const result = await db.query<{ id: number }>(`SELECT id FROM "Meeting" WHERE title = $1`, [
      fixtureMeetings.decisions,
    ]);
    return result.rows[0]!.id;
  });

  await signIn(page, accounts.admin, undefined, `/meetings/${meetingId}/decisions`);
  await expect(page.getByRole("heading", { level: 1, name: "议定事项" })).toBeVisible();
  await addDecision(page, overdueTitle, beijingDay(-2));
  await addDecision(page, futureTitle, beijingDay(10));
  await expect(page.getByRole("article", { name: overdueTitle })).toContainText("已逾期");
  await expect(page.getByRole("article", { name: futureTitle })).not.toContainText("已逾期");
  // Writers can reorder the list; the owner's lists keep their own order (overdue, then due date).
  await page.getByRole("button", { name: `下移：${overdueTitle}` }).click();
  await expect
    .poll(async () => (await ourTitlesInOrder(page)).map((text) => text.replace(/^\d+\.\s*/, "")))
    .toEqual([futureTitle, overdueTitle]);

  const phone = await browser.newContext({
    ...devices["Pixel 7"],
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const guest = await phone.newPage();
  await signIn(guest, fixtureUnits.meetingGuest);
  await expect(guest).toHaveURL(/\/my$/);
  const mine = guest.getByRole("region", { name: "本单位待落实的议定事项" });
  await expect(mine.getByRole("article", { name: futureTitle })).toBeVisible();
  expect(await ourTitlesInOrder(guest, mine)).toEqual([overdueTitle, futureTitle]);
  // The to-do list above names the same decisions, in the same order.
  const todo = guest.getByRole("region", { name: "待办事项" });
  expect(await ourTitlesInOrder(guest, todo)).toEqual([overdueTitle, futureTitle]);
  const overdue = mine.getByRole("article", { name: overdueTitle });
  await expect(overdue).toContainText("已逾期");
  await expect(overdue.getByRole("link", { name: fixtureMeetings.decisions })).toBeVisible();

  await overdue.getByText("报告进展").click();
  await overdue.getByLabel("新状态").selectOption({ label: "推进中" });
  await overdue.getByLabel("进展说明").fill(note);
  await overdue.getByRole("button", { name: "提交进展" }).click();
  await expect(overdue.getByRole("status")).toContainText("进展已记录。");
  await expect(overdue).toContainText(`最近进展：${note}`);
  await expect(overdue).toContainText("推进中");
  await phone.close();

  // The admin's overview, filtered to this meeting.
  await tapMenuLink(page, "管理后台");
  await tapAdminSection(page, "议定事项");
  await page
    .getByRole("combobox", { name: "会议", exact: true })
    .selectOption({ label: fixtureMeetings.decisions });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]meeting=${meetingId}(&|$)`));
  await expect(page.getByRole("heading", { level: 1, name: "议定事项总览" })).toBeVisible();
  expect(await ourTitlesInOrder(page)).toEqual([overdueTitle, futureTitle]);
  const row = page.getByRole("article", { name: overdueTitle });
  await expect(row).toContainText(note);
  await expect(row).toContainText("推进中");
  await expect(row).toContainText("已逾期");
  await expect(row).toContainText(guestUnit);

  // The meeting's own page keeps the history: who changed what, with the note.
  await row.getByRole("link", { name: fixtureMeetings.decisions }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}/decisions$`));
  const history = page.getByRole("article", { name: overdueTitle });
  await expect(history).toContainText("待落实 → 推进中");
  await expect(history).toContainText(note);
});
