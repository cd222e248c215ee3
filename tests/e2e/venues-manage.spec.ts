import { expect, test } from "@playwright/test";
import { pngBytes } from "../factories/images";
import { signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { fixtureUnits } from "./support/fixtures";
import { tapMenuLink } from "./support/nav";

// A unit's secretary registers its gym: opening hours (closed on Sundays, later on Saturdays),
// a closed date and a photo, and finds it among the unit's venues.

test("the e2e-meeting-host secretary registers a gym with hours, a closed date and a photo", async ({
  page,
}) => {
  const name = `职工健身房${Date.now().toString(36)}`;
  await signIn(page, fixtureUnits.meetingHost, undefined, "/my/venues/new");
  await expect(page.getByRole("heading", { level: 1, name: "登记阵地" })).toBeVisible();

  await page.getByRole("textbox", { name: "名称", exact: true }).fill(name);
  await page.getByLabel("类型", { exact: true }).selectOption({ label: "健身房" });
  await page.getByLabel("容纳人数", { exact: true }).fill("40");
  await page.getByLabel("纬度", { exact: true }).fill("32.2");
  await page.getByLabel("经度", { exact: true }).fill("119.45");
  await page.getByLabel("周六 开门").fill("09:00");
  await page.locator('input[name="closed7"]').check();
  await page.getByRole("button", { name: "登记", exact: true }).click();

  await expect(page).toHaveURL(/\/my\/venues\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const venueId = Number(new URL(page.url()).pathname.split("/").pop());

  await page.getByLabel(/^日期/).fill("2026-12-31");
  await page.getByLabel("原因", { exact: true }).fill("年终盘点");
  await page.getByRole("button", { name: "添加闭馆日期" }).click();
  await expect(page.getByRole("status").filter({ hasText: "闭馆日期已添加。" })).toBeVisible();
  await expect(page.getByText("年终盘点")).toBeVisible();

  await page
    .getByLabel(/^照片（JPEG/)
    .setInputFiles({ name: "gym.png", mimeType: "image/png", buffer: pngBytes(64, 48) });
  await page.getByRole("button", { name: "上传照片" }).click();
  await expect(page.getByRole("status").filter({ hasText: "照片已上传。" })).toBeVisible();
  const photo = page.locator(`img[src^="/venues/${venueId}/photos/"]`);
  await expect(photo).toHaveCount(1);
  const response = await page.request.get((await photo.getAttribute("src"))!);
  expect(response.headers()["content-type"]).toBe("image/png");

  const hours = await withDatabase(async (client) => {
    const result = await client.query<{ weekday: number; opensAt: number }>(
      'SELECT weekday, "opensAt" FROM "VenueOpeningHours" WHERE "venueId" = $1 ORDER BY weekday',
      [venueId],
    );
    return result.rows;
  });
  expect(hours.map((row) => row.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(hours[5]?.opensAt).toBe(9 * 60);

  await tapMenuLink(page, "本单位阵地");
  const item = page.getByRole("listitem").filter({ hasText: name });
  await expect(item.getByRole("link", { name })).toBeVisible();
  await expect(item.getByText("开放中")).toBeVisible();
});
