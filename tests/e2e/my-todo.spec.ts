import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations } from "./support/axe";
import { todoFixture } from "./support/todo-fixtures";

// A secretary works through the to-do list on /my by tapping: each entry opens the exact form,
// and once it is done the entry is gone from the list. Each Playwright project has its own
// fixture unit (see support/todo-fixtures.ts), so the phone and desktop runs never meet.

async function openTodo(page: Page, project: string) {
  await signIn(page, todoFixture.host(project), undefined, "/my");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `端到端测试单位 ${todoFixture.host(project)}`,
  );
  await expectPageFits(page);
  return page.getByRole("region", { name: "待办事项" });
}

async function expectPageFits(page: Page) {
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalOverflow(page);
}

/** Back to the to-do list the way a secretary would: the "My unit" link in the navigation. */
async function tapBackToMy(page: Page) {
  const myLink = page.locator('a[href="/my"]:visible');
  // On a phone the sections may sit behind the header's menu button: open it first.
  if ((await myLink.count()) === 0) await page.locator("header summary:visible").first().click();
  await myLink.first().click();
  await expect(page).toHaveURL(/\/my$/);
}

test("@phone a secretary answers a meeting invitation from the to-do list", async ({ page }, testInfo) => {
  const todo = await openTodo(page, testInfo.project.name);
  const entry = todo.getByRole("article", { name: todoFixture.meeting });
  await expect(entry).toContainText("待回复的会议邀请");
  await entry.getByRole("link", { name: "回复邀请" }).click();

  const form = page.getByRole("region", { name: "本单位回执" });
  await expect(form).toBeVisible();
  await expectPageFits(page);
  await form.getByLabel("参会").check();
  await form.getByRole("button", { name: "提交回执" }).click();
  await expect(form.getByRole("status")).toContainText("回执已保存");

  await tapBackToMy(page);
  await expect(todo.getByRole("article", { name: todoFixture.meeting })).toHaveCount(0);
});

test("@phone a secretary decides a booking of the unit's venue from the to-do list", async ({
  page,
}, testInfo) => {
  const project = testInfo.project.name;
  const todo = await openTodo(page, project);
  const entry = todo.getByRole("article", { name: todoFixture.venue(project) });
  await expect(entry).toContainText("待审批的场地预约");
  await expect(entry).toContainText(todoFixture.booker(project));
  await entry.getByRole("link", { name: "审批预约" }).click();

  await expect(page).toHaveURL(/\/my\/bookings#booking-\d+$/);
  const booking = page
    .getByRole("region", { name: "本单位阵地收到的预约" })
    .getByRole("article", { name: new RegExp(`^${todoFixture.venue(project)} · `) });
  await expect(booking).toContainText("待审批");
  await expectPageFits(page);
  await booking.getByRole("button", { name: "确认" }).click();
  await expect(booking.getByRole("status")).toBeVisible();
  await expect(booking).toContainText("已确认");

  await tapBackToMy(page);
  await expect(todo.getByRole("article", { name: todoFixture.venue(project) })).toHaveCount(0);
});

test("@phone a secretary sets next year's rotation preferences from the to-do list", async ({
  page,
}, testInfo) => {
  const todo = await openTodo(page, testInfo.project.name);
  const entry = todo.locator('[data-kind="rotationPreferences"]');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("轮值意向待填报");
  await entry.getByRole("link", { name: "填写意向" }).click();

  const form = page.getByRole("region", { name: "意向月份与不可值月份" });
  await expect(form).toBeVisible();
  await expectPageFits(page);
  await form.getByLabel("第一意向").selectOption({ label: "3月" });
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toContainText("已保存。");

  await tapBackToMy(page);
  await expect(todo.locator('[data-kind="rotationPreferences"]')).toHaveCount(0);
});
