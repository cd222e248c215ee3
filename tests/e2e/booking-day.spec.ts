import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations } from "./support/axe";
import { fixtureUnits, fixtureVenues } from "./support/fixtures";

// A secretary on a phone books a shared hall by tapping: the venue list → the venue → book → the
// day view (past days greyed, nothing offered) → a free slot fills the form → submit → lands on
// the booking with its status. The phone run takes court 1, the desktop run court 2, so the two
// projects never clash on the one fixture venue (court 1 is booked 10:00–11:00 tomorrow).

/** Beijing date `days` from now. */
const beijingDay = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

test("@phone a secretary picks a free slot in the day view and lands on the pending booking", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  // Each project books its own court and hour, so the two runs' bookings never share a name.
  const phone = testInfo.project.name === "phone";
  const court = phone ? 1 : 2;
  const [from, to] = phone ? ["13:00", "14:00"] : ["15:00", "16:00"];
  const tomorrow = beijingDay(1);

  await signIn(page, fixtureUnits.booker, undefined, "/venues");
  await page.getByRole("link", { name: fixtureVenues.bookingDay }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: fixtureVenues.bookingDay })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalOverflow(page);

  await page.getByRole("link", { name: "预约此阵地" }).click();
  const dayView = page.getByRole("region", { name: "空闲与已约时段" });
  const slots = dayView.getByTestId("day-slots");
  await expect(dayView.getByRole("heading", { level: 3 })).toContainText(tomorrow);
  // Tomorrow: court 1 is taken 10:00–11:00, court 2 is free then; before 08:00 is closed.
  const ten = slots.getByRole("listitem").filter({ hasText: "10:00–11:00" }).first();
  await expect(ten).toContainText("已约");
  await expect(ten.getByRole("link", { name: /2 号场地/ })).toBeVisible();
  await expect(slots.getByRole("listitem").filter({ hasText: "00:00–08:00" })).toContainText("不开放");
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalOverflow(page);

  // Two days back is past: greyed, said so, and no slot is offered.
  await dayView.getByRole("link", { name: "前一天" }).click();
  await expect(dayView.getByRole("heading", { level: 3 })).toContainText(beijingDay(0));
  await dayView.getByRole("link", { name: "前一天" }).click();
  await expect(dayView.getByRole("heading", { level: 3 })).toContainText(beijingDay(-1));
  await expect(dayView).toContainText("这一天已经过去");
  await expect(slots.getByRole("link")).toHaveCount(0);
  await expect(slots).toContainText("已过");

  // Back to tomorrow by typing the date; tap a free slot: the form is filled.
  await dayView.getByLabel("选择一天").fill(tomorrow);
  await dayView.getByRole("button", { name: "查看" }).click();
  await expect(dayView.getByRole("heading", { level: 3 })).toContainText(tomorrow);
  const slot = slots.getByRole("link", { name: new RegExp(`${from}–${to}.*${court} 号场地`) });
  await slot.click();
  await expect(slot).toHaveAttribute("aria-current", "true");
  await expect(page.getByLabel("日期", { exact: true })).toHaveValue(tomorrow);
  await expect(page.getByLabel("开始时间（北京时间）")).toHaveValue(from);
  await expect(page.getByLabel("结束时间（北京时间）")).toHaveValue(to);
  await expect(page.getByLabel("场地编号")).toHaveValue(String(court));
  await page.getByLabel("用途").fill("青年羽毛球友谊赛");
  await page.getByLabel("人数").fill("10");
  await page.getByRole("button", { name: "提交预约" }).click();

  // The booking, not a filled form: highlighted with what happens next.
  await expect(page).toHaveURL(/\/my\/bookings\?booked=\d+/);
  const booking = page.getByRole("article", {
    name: `${fixtureVenues.bookingDay} · ${tomorrow} ${from}–${to}`,
  });
  await expect(booking.getByRole("status")).toContainText("预约申请已提交，等待");
  await expect(booking).toContainText("待审批");
  await expect(booking).toContainText(`${court} 号场地`);
  await expectNoSeriousA11yViolations(page);
  await expectNoHorizontalOverflow(page);
});
