import { expect, test } from "@playwright/test";

// A visitor on a phone finds the demo venues in the list and on the map (circle markers are
// SVG paths, so they show even without map tiles), filters by kind and opens a venue.
test.describe("the public venue map", () => {
  test("lists venues, shows markers, filters by kind and opens a venue @phone", async ({ page }) => {
    await page.goto("/venues");
    await expect(page.getByRole("heading", { level: 1, name: "阵地地图" })).toBeVisible();
    const list = page.getByTestId("venue-list");
    await expect(list.getByRole("link", { name: "镇江移动羽毛球场" })).toBeVisible();
    await expect(list.getByRole("link", { name: "邮政青年书屋" })).toBeVisible();
    await expect(page.getByTestId("venue-map").locator(".leaflet-overlay-pane path").first()).toBeAttached();
    expect(await page.getByTestId("venue-map").locator(".leaflet-overlay-pane path").count()).toBeGreaterThan(
      1,
    );

    await page.getByRole("combobox", { name: "类型" }).selectOption("BADMINTON_COURT");
    await page.getByRole("button", { name: "筛选", exact: true }).click();
    await expect(page).toHaveURL(/kind=BADMINTON_COURT/);
    await expect(list.getByRole("link", { name: "镇江移动羽毛球场" })).toBeVisible();
    await expect(list.getByRole("link", { name: "邮政青年书屋" })).toHaveCount(0);

    await list.getByRole("link", { name: "镇江移动羽毛球场" }).click();
    await expect(page).toHaveURL(/\/venues\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: "镇江移动羽毛球场" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "开放时间" })).toBeVisible();
    await expect(page.getByTestId("opening-hours")).toContainText("周一");
    await expect(page.getByTestId("week-calendar").getByRole("listitem").first()).toBeVisible();
    await expect(page.getByText("登录后可看到预约单位。")).toBeVisible();
    await page.getByRole("link", { name: "下一周" }).click();
    await expect(page).toHaveURL(/week=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByTestId("week-calendar")).toBeVisible();
  });
});
