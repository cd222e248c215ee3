import { expect, test, type Browser } from "@playwright/test";
import { signIn } from "./support/accounts";
import { cacheStateOf } from "./support/cache";
import { withDatabase } from "./support/database";
import { feedText } from "./support/feeds";
import { fixtureUnits } from "./support/fixtures";

// A gym of e2e-meeting-host (needs approval, open daily 08:00–22:00, no notice), its own per run:
// e2e-meeting-guest's secretary books it for tomorrow 10:00–11:00, a second attempt at the same
// time clashes and offers free slots, the host confirms, both see it confirmed, the venue's cached
// feed has it at once, and drops it at once when it is cancelled.
const stamp = Date.now().toString(36);
const venueName = `E2E 健身房 ${stamp}`;
let venueId = 0;

/** Tomorrow's date in Beijing. */
function beijingTomorrow(): string {
  return new Date(Date.now() + 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

test.beforeAll(async () => {
  venueId = await withDatabase(async (client) => {
    await client.query("BEGIN");
    const created = await client.query<{ id: number }>(
      `INSERT INTO "Venue" ("unitId", name, kind, quantity, capacity, "bookingMode", "needsApproval",
         "minNoticeHours", "maxAdvanceDays", "maxDurationMinutes", "bufferMinutes", "updatedAt")
       SELECT id, $1, 'GYM', 1, 30, 'BOOKABLE', true, 0, 60, 240, 0, now() FROM "Unit" WHERE slug = $2
       RETURNING id`,
      [venueName, fixtureUnits.meetingHost],
    );
    const id = created.rows[0]!.id;
    await client.query(
      `INSERT INTO "VenueOpeningHours" ("venueId", weekday, "opensAt", "closesAt")
       SELECT $1, day, 480, 1320 FROM generate_series(1, 7) AS day`,
      [id],
    );
    await client.query("COMMIT");
    return id;
  });
});

async function secretaryPage(browser: Browser, baseURL: string | undefined, login: string, path: string) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await signIn(page, login, undefined, path);
  return page;
}

test("a unit books another unit's gym, a clash offers free slots, the owner confirms", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL;
  const date = beijingTomorrow();

  // 1. The guest's secretary books tomorrow 10:00–11:00.
  const guest = await secretaryPage(browser, baseURL, fixtureUnits.meetingGuest, `/venues/${venueId}/book`);
  await expect(guest.getByRole("heading", { level: 1 })).toContainText(venueName);
  await expect(guest.getByText("需所属单位审批")).toBeVisible();
  const book = async () => {
    await guest.getByLabel("日期", { exact: true }).fill(date);
    await guest.getByLabel("开始时间（北京时间）").fill("10:00");
    await guest.getByLabel("结束时间（北京时间）").fill("11:00");
    await guest.getByLabel("用途").fill("青年健身交流");
    await guest.getByLabel("人数").fill("12");
    await guest.getByRole("button", { name: "提交预约" }).click();
  };
  await book();
  // The form moves on: the secretary lands on the new booking, which waits for the owner.
  await expect(guest).toHaveURL(/\/my\/bookings\?booked=\d+/);
  await expect(guest.getByRole("status")).toContainText("等待");
  await guest.getByRole("link", { name: "再次预约该阵地" }).click();

  // 2. The same time again clashes: the message names it and offers free slots that fill the form.
  await book();
  await expect(guest.getByRole("alert").filter({ hasText: "该时段已被预约" })).toContainText("10:00");
  // The refused form keeps what was typed.
  await expect(guest.getByLabel("开始时间（北京时间）")).toHaveValue("10:00");
  await expect(guest.getByLabel("用途")).toHaveValue("青年健身交流");
  const suggestions = guest.getByRole("region", { name: "最近的空闲时段（点击填入）" }).getByRole("button");
  await expect(suggestions.first()).toBeVisible();
  const offered = (await suggestions.first().textContent())!;
  await suggestions.first().click();
  const [, offeredDate, offeredStart, offeredEnd] = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})–(\d{2}:\d{2})/.exec(
    offered,
  )!;
  await expect(guest.getByLabel("日期", { exact: true })).toHaveValue(offeredDate!);
  await expect(guest.getByLabel("开始时间（北京时间）")).toHaveValue(offeredStart!);
  await expect(guest.getByLabel("结束时间（北京时间）")).toHaveValue(offeredEnd!);
  expect(`${offeredDate} ${offeredStart}`).not.toBe(`${date} 10:00`);

  // The venue's feed (served from the cache) has no pending booking.
  const feedPath = `/venues/${venueId}/bookings.ics`;
  const slotStart = `DTSTART:${date.replaceAll("-", "")}T020000Z`; // 10:00 Beijing is 02:00 UTC.
  await expect.poll(() => cacheStateOf(guest.request, feedPath)).toBe("HIT");
  expect(await feedText(guest.request, feedPath)).not.toContain(slotStart);

  // 3. The host's secretary confirms it on /my/bookings.
  const slot = `${venueName} · ${date} 10:00–11:00`;
  const host = await secretaryPage(browser, baseURL, fixtureUnits.meetingHost, "/my/bookings");
  const received = host
    .getByRole("region", { name: "本单位阵地收到的预约" })
    .getByRole("article", { name: slot });
  await expect(received).toContainText("待审批");
  await received.getByRole("button", { name: "确认" }).click();
  await expect(received.getByRole("status")).toBeVisible();
  await host.reload();
  await expect(
    host.getByRole("region", { name: "本单位阵地收到的预约" }).getByRole("article", { name: slot }),
  ).toContainText("已确认");

  // 4. The guest sees it confirmed among the bookings it made.
  await guest.goto("/my/bookings");
  const made = guest.getByRole("region", { name: "本单位的预约" }).getByRole("article", { name: slot });
  await expect(made).toContainText("已确认");
  await expect(made).toContainText("青年健身交流");

  // 5. The venue's feed lists the confirmed booking at once.
  const ics = await feedText(guest.request, feedPath);
  expect(ics).toContain(venueName);
  expect(ics).toContain(slotStart);

  // 6. The booker cancels before the start; the host sees it cancelled.
  await made.getByText("取消预约", { exact: true }).first().click();
  await made.getByRole("button", { name: "取消预约" }).click();
  await expect(made.getByRole("status")).toBeVisible();
  await expect(made).toContainText("已取消");
  await host.reload();
  await expect(
    host.getByRole("region", { name: "本单位阵地收到的预约" }).getByRole("article", { name: slot }),
  ).toContainText("已取消");
  // …and the feed no longer lists it.
  expect(await feedText(guest.request, feedPath)).not.toContain(slotStart);
});
