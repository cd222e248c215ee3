import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { fixtureUnits } from "./support/fixtures";
import { tapMenuLink } from "./support/nav";

// Shared venues end to end: a unit registers its gym, another unit finds it on /venues and books
// it, the owner approves, both see it confirmed, and the venue's feed has it.
const venueName = `全流程健身房${Date.now().toString(36)}`;

/** A Beijing calendar day `days` from today (two days ahead always clears the default notice). */
function beijingDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

async function secretary(browser: Browser, baseURL: string | undefined, login: string, path: string) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page: Page = await context.newPage();
  await signIn(page, login, undefined, path);
  return page;
}

test("a unit registers its gym → another finds it on the map and books it → the owner approves → the feed has it", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL;
  const date = beijingDay(2);

  const host = await secretary(browser, baseURL, fixtureUnits.meetingHost, "/my/venues/new");
  await expect(host.getByRole("heading", { level: 1, name: "登记阵地" })).toBeVisible();
  await host.getByRole("textbox", { name: "名称", exact: true }).fill(venueName);
  await host.getByLabel("类型", { exact: true }).selectOption({ label: "健身房" });
  await host.getByLabel("容纳人数", { exact: true }).fill("40");
  // The position is picked on the map: a click fills in latitude and longitude. Leaflet loads
  // after the page; a click before the map exists (a busy machine) would land on an empty box.
  const picker = host.getByTestId("position-picker");
  await expect(picker).toHaveClass(/leaflet-container/);
  await picker.click({ position: { x: 120, y: 90 } });
  await expect(host.getByLabel("纬度", { exact: true })).toHaveValue(/^3[123]\.\d{6}$/);
  await expect(host.getByLabel("经度", { exact: true })).toHaveValue(/^1(19|20)\.\d{6}$/);
  await host.getByRole("button", { name: "登记", exact: true }).click();
  await expect(host).toHaveURL(/\/my\/venues\/\d+$/);
  const venueId = new URL(host.url()).pathname.split("/").pop()!;

  // Another unit finds it in the map's list, opens it and books it.
  const guest = await secretary(browser, baseURL, fixtureUnits.meetingGuest, "/venues");
  await guest.getByRole("link", { name: venueName }).first().click();
  await expect(guest).toHaveURL(new RegExp(`/venues/${venueId}$`));
  await guest.getByRole("link", { name: "预约此阵地" }).click();
  await guest.getByLabel("日期", { exact: true }).fill(date);
  await guest.getByLabel("开始时间（北京时间）").fill("10:00");
  await guest.getByLabel("结束时间（北京时间）").fill("11:00");
  await guest.getByLabel("用途").fill("青年健身交流");
  await guest.getByLabel("人数").fill("12");
  await guest.getByRole("button", { name: "提交预约" }).click();
  await expect(guest).toHaveURL(/\/my\/bookings\?booked=\d+/);
  await expect(guest.getByRole("status")).toBeVisible();

  // The owner approves; both see it confirmed.
  const slot = `${venueName} · ${date} 10:00–11:00`;
  await tapMenuLink(host, "阵地预约");
  const received = host
    .getByRole("region", { name: "本单位阵地收到的预约" })
    .getByRole("article", { name: slot });
  await received.getByRole("button", { name: "确认" }).click();
  await expect(received.getByRole("status")).toBeVisible();
  await host.reload();
  await expect(
    host.getByRole("region", { name: "本单位阵地收到的预约" }).getByRole("article", { name: slot }),
  ).toContainText("已确认");
  await tapMenuLink(guest, "阵地预约");
  await expect(
    guest.getByRole("region", { name: "本单位的预约" }).getByRole("article", { name: slot }),
  ).toContainText("已确认");

  const feed = await guest.request.get(`/venues/${venueId}/bookings.ics`);
  expect(feed.ok()).toBe(true);
  expect((await feed.text()).replace(/\r\n[ \t]/g, "")).toContain(venueName);
});
