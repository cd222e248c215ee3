import { expect, test, type Page } from "@playwright/test";
import { pngBytes } from "../factories/images";
import { signIn, signInByTapping } from "./support/accounts";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations } from "./support/axe";
import { fixtureAdmins, fixtureCommitmentActivity, fixtureUnits } from "./support/fixtures";
import { tapMenuItem, tapMenuLink } from "./support/nav";

// A commitment with evidence, on a phone, by tapping only: the fixture unit records the cultural
// activity it hosted (linked, with a photo), the admin returns it with a note, the secretary
// fixes and resubmits it, the admin confirms it and the grid shows it confirmed.
const stamp = Date.now().toString(36);
const title = `青年羽毛球赛 ${stamp}`;
const note = `请写明参赛人数 ${stamp}`;
const year = Number(
  new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()),
);
const unitName = `端到端测试单位 ${fixtureUnits.commitments}`;
const cultureSports = "承办一次文体活动";

async function checkPage(page: Page) {
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalOverflow(page);
}

/** Signs out by tapping, then signs in again from the header's sign-in link. */
async function switchUser(page: Page, login: string) {
  await tapMenuItem(page, "button", "退出登录");
  // Signing out lands on the home page; the sign-in link is in its (phone) menu.
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await signInByTapping(page, login);
}

async function openMyCommitments(page: Page) {
  await expect(page).toHaveURL(/\/my$/);
  await tapMenuLink(page, "五方面内容");
  await expect(page.getByRole("heading", { level: 1, name: `${year} 年五方面内容` })).toBeVisible();
}

async function openAdminCommitments(page: Page) {
  await expect(page).toHaveURL(/\/admin$/);
  await tapMenuLink(page, "五方面内容");
  await expect(page.getByRole("heading", { level: 1, name: `五方面内容总览 · ${year}` })).toBeVisible();
}

const queueItem = (page: Page) =>
  page
    .getByRole("region", { name: /待确认的记录/ })
    .getByRole("listitem", { name: `${unitName} · ${title}` });
const gridCell = (page: Page, status: string) =>
  page
    .getByRole("row", { name: new RegExp(unitName) })
    .getByRole("cell", { name: new RegExp(`^${cultureSports}：\\s*${status}$`) });

test("@phone a secretary records a commitment with evidence, the admin returns it, it is fixed and confirmed", async ({
  page,
}) => {
  // Two people, four sign-ins and axe on every page: longer than one page's test.
  test.setTimeout(180_000);
  // 1. The secretary adds the hosted activity as evidence, with a photo.
  await signIn(page, fixtureUnits.commitments);
  await openMyCommitments(page);
  const five = page.getByRole("region", { name: /^五方面内容/ });
  await expect(five.locator(`[data-commitment="CULTURE_SPORTS"]`)).toContainText("进行中");
  await checkPage(page);

  const add = page.getByRole("region", { name: "添加记录" });
  await add.getByLabel("对应内容").selectOption({ label: cultureSports });
  await add.getByLabel("标题").fill(title);
  await add.getByLabel("情况说明").fill("成员单位青年羽毛球友谊赛。");
  await add
    .getByLabel("关联活动或联席会议")
    .selectOption({ label: `牵头 · ${fixtureCommitmentActivity}（${cultureSports}）` });
  await add
    .getByLabel("照片（可选）")
    .setInputFiles({ name: "match.png", mimeType: "image/png", buffer: pngBytes() });
  await add.getByRole("button", { name: "提交审核" }).click();

  // The form moves on to the record it created.
  await expect(page).toHaveURL(/\/my\/commitments\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("已提交，等待团区委确认。", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: fixtureCommitmentActivity })).toBeVisible();
  await expect(page.getByRole("img", { name: `“${title}”的第 1 张照片` })).toBeVisible();
  await checkPage(page);

  // 2. The admin returns it with a note.
  await switchUser(page, fixtureAdmins.commitments);
  await openAdminCommitments(page);
  await expect(gridCell(page, "已申报")).toBeVisible();
  await checkPage(page);
  const item = queueItem(page);
  await item.getByLabel(/^退回意见/).fill(note);
  await item.getByRole("button", { name: "退回修改" }).click();
  await expect(item).toHaveCount(0);
  await expect(gridCell(page, "已退回")).toBeVisible();

  // 3. The secretary sees the note, fixes the record and submits it again.
  await switchUser(page, fixtureUnits.commitments);
  await openMyCommitments(page);
  const card = five.locator(`[data-commitment="CULTURE_SPORTS"]`);
  await expect(card).toContainText("已退回");
  await expect(card).toContainText(note);
  await card.getByRole("link", { name: title }).click();
  await expect(page.getByText(`退回意见：${note}`)).toBeVisible();
  await checkPage(page);
  const fix = page.getByRole("region", { name: "修改并重新提交" });
  await fix.getByLabel("情况说明").fill("成员单位青年羽毛球友谊赛，8 支队伍、48 人参赛。");
  await fix.getByRole("button", { name: "修改后重新提交" }).click();
  await expect(page.getByText("已提交，等待团区委确认。", { exact: false })).toBeVisible();
  // The record shows the saved text (the edit form below holds it too).
  await expect(page.getByRole("paragraph").filter({ hasText: "8 支队伍、48 人参赛" })).toBeVisible();

  // 4. The admin confirms it; the grid shows it confirmed.
  await switchUser(page, fixtureAdmins.commitments);
  await openAdminCommitments(page);
  await expect(queueItem(page)).toContainText(`上次退回意见：${note}`);
  await queueItem(page).getByRole("button", { name: "确认完成" }).click();
  await expect(queueItem(page)).toHaveCount(0);
  await expect(gridCell(page, "已确认")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(unitName) }).locator("[data-done]")).toHaveText(
    "1/1",
  );
  await checkPage(page);
});
