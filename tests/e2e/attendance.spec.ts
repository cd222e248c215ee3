import { devices, expect, test } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { tapAdminSection } from "./support/nav";
import { withDatabase } from "./support/database";
import { fixtureMeetings, fixtureUnits } from "./support/fixtures";

// At the fixture meeting (started ten minutes ago) the admin shows the rotating code; the guest
// unit's secretary, on a phone, is refused a wrong code and checks in with the right one; the
// admin ticks another unit present with two people; the guest's rate shows on its admin page.
const unitName = (slug: string) => `端到端测试单位 ${slug}`;

async function fixtureIds() {
  return withDatabase(async (db) => {
    const meeting = await db.query<{ id: number }>(`SELECT id FROM "Meeting" WHERE title = $1`, [
      fixtureMeetings.attendance,
    ]);
    const unit = await db.query<{ id: number }>(`SELECT id FROM "Unit" WHERE slug = $1`, [
      fixtureUnits.meetingGuest,
    ]);
    return { meetingId: meeting.rows[0]!.id, guestUnitId: unit.rows[0]!.id };
  });
}

test("units check in with the rotating code or are ticked by the admin, and rates follow", async ({
  page,
  browser,
}) => {
  // The admin and a secretary, each tapping from where they start: longer than one page.
  test.setTimeout(120_000);
  const { meetingId, guestUnitId } = await fixtureIds();

  // 1. The admin's screen shows the QR code and this minute's code.
  await signIn(page, accounts.admin, undefined, `/admin/meetings/${meetingId}/attendance`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(fixtureMeetings.attendance);
  await expect(page.getByRole("img", { name: "签到二维码" })).toBeVisible();
  const code = (await page.getByTestId("checkin-code").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{6}$/);

  // 2. The guest's secretary, on a phone: a wrong code is refused, the right one accepted.
  const phone = await browser.newContext({
    ...devices["Pixel 7"],
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const guest = await phone.newPage();
  await signIn(guest, fixtureUnits.meetingGuest, undefined, `/meetings/${meetingId}`);
  const section = guest.getByRole("region", { name: "出席情况" });
  await section.getByRole("link", { name: "签到" }).click();
  await expect(guest.getByRole("heading", { level: 1 })).toContainText(fixtureMeetings.attendance);
  await guest.getByLabel("签到码").fill(code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ");
  await guest.getByLabel("到会人数").fill("3");
  await guest.getByRole("button", { name: "签到", exact: true }).click();
  await expect(guest.getByRole("alert").filter({ hasText: "签到码已过期或不属于本次会议" })).toBeVisible();
  await expect(guest.getByLabel("到会人数")).toHaveValue("3");
  // Scanning the admin's QR code opens its URL, the code filled in: how a phone gets the code.
  await guest.goto(`/meetings/${meetingId}/checkin?code=${code}`);
  await expect(guest.getByLabel("签到码")).toHaveValue(code);
  await guest.getByLabel("到会人数").fill("3");
  await guest.getByRole("button", { name: "签到", exact: true }).click();
  await expect(guest.getByRole("status").filter({ hasText: "签到成功" })).toBeVisible();
  await guest.reload();
  await expect(guest.getByTestId("checked-in")).toContainText("3 人");
  await guest.getByRole("link", { name: "返回会议" }).click();
  await expect(guest).toHaveURL(new RegExp(`/meetings/${meetingId}$`));
  const ownRow = section.getByRole("row", { name: unitName(fixtureUnits.meetingGuest) });
  await expect(ownRow).toContainText("出席");
  await expect(ownRow).toContainText("3");
  await phone.close();

  // 3. The admin sees the check-in and ticks another unit present with two people.
  await page.reload();
  const guestCard = page.getByRole("article", { name: unitName(fixtureUnits.meetingGuest) });
  await expect(guestCard).toContainText("扫码签到");
  await expect(guestCard).toContainText("出席");
  const member = page.getByRole("article", { name: unitName(fixtureUnits.flowMember) });
  await member.getByLabel("出席情况").selectOption("PRESENT");
  await member.getByLabel("到会人数").fill("2");
  await member.getByRole("button", { name: "保存" }).click();
  await expect(member.getByRole("status")).toContainText("已保存");
  await expect(member).toContainText("管理员登记");
  await expect(member.locator("dd").nth(2)).toHaveText("2");

  // 4. The guest unit's admin page shows its attendance rate for this year.
  await tapAdminSection(page, "成员单位");
  await page.getByLabel("搜索名称、简称或标识").fill(fixtureUnits.meetingGuest);
  await page.getByRole("button", { name: "筛选" }).click();
  await page
    .getByRole("link", { name: new RegExp(unitName(fixtureUnits.meetingGuest)) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/admin/units/${guestUnitId}$`));
  const rates = page.getByRole("region", { name: "会议出席率" });
  await expect(rates).toBeVisible();
  const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(
    new Date(),
  );
  await expect(rates.getByTestId(`attendance-rate-${year}`)).toHaveText(/^(\d+%|暂无会议)$/);
});
