import { expect, test, type Page } from "@playwright/test";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations } from "./support/axe";
import { hostileVenueName } from "./support/fixtures";

// A visitor on a phone finds the venues in the list and on the map. The test server has no
// internet, and every request off the site is refused here too: tiles fail, the page says so,
// and the markers (plain elements, no images) still stand on a plain background.

async function withoutInternet(page: Page, baseURL: string | undefined) {
  await page.route(
    (url) => !url.href.startsWith(baseURL!),
    (route) => route.abort("internetdisconnected"),
  );
}

/** Presses Tab until a map marker has the focus (markers come after the page's other controls). */
async function tabToMarker(page: Page) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.hasAttribute("data-venue-ids") ?? false)) return;
  }
  throw new Error("no map marker is reachable with Tab");
}

test.describe("the public venue map", () => {
  test("lists venues, shows markers, filters by kind and opens a venue @phone", async ({ page, baseURL }) => {
    await withoutInternet(page, baseURL);
    await page.goto("/venues");
    await expect(page.getByRole("heading", { level: 1, name: "阵地地图" })).toBeVisible();
    const list = page.getByTestId("venue-list");
    const map = page.getByTestId("venue-map");
    await expect(list.getByRole("link", { name: "镇江移动羽毛球场" })).toBeVisible();
    await expect(list.getByRole("link", { name: "邮政青年书屋" })).toBeVisible();
    await expect(map.getByRole("button", { name: "镇江移动羽毛球场" })).toBeVisible();
    await expect(map.getByRole("button", { name: "邮政青年书屋" })).toBeVisible();
    await expect(page.getByTestId("map-notice")).toHaveText(/底图加载失败/);

    // The map and the list show the same venues: every venue with a position has a marker.
    const onMap = (await map
      .locator("[data-venue-ids]")
      .evaluateAll((els) => els.flatMap((el) => el.getAttribute("data-venue-ids")!.split(" ")))) as string[];
    const withButton = await list
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: "在地图上查看" }) })
      .locator('a[href^="/venues/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")!.split("/").pop()!));
    expect(onMap.sort()).toEqual(withButton.sort());
    await expectNoSeriousA11yViolations(page);
    await expectNoHorizontalOverflow(page);

    await page.getByRole("combobox", { name: "类型" }).selectOption("BADMINTON_COURT");
    await page.getByRole("button", { name: "筛选", exact: true }).click();
    await expect(page).toHaveURL(/kind=BADMINTON_COURT/);
    await expect(list.getByRole("link", { name: "镇江移动羽毛球场" })).toBeVisible();
    await expect(list.getByRole("link", { name: "邮政青年书屋" })).toHaveCount(0);
    await expect(map.getByRole("button", { name: "邮政青年书屋" })).toHaveCount(0);

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

  test("markers work by keyboard, the attribution has no flag and venue names stay text @phone", async ({
    page,
    baseURL,
  }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await withoutInternet(page, baseURL);
    await page.goto("/venues");
    const map = page.getByTestId("venue-map");
    const list = page.getByTestId("venue-list");

    // The provider is credited in plain text: no "Leaflet" link, no flag.
    const attribution = map.locator(".leaflet-control-attribution");
    await expect(attribution).toContainText("高德地图");
    await expect(attribution).not.toContainText("Leaflet");
    await expect(attribution.locator("svg, img")).toHaveCount(0);

    // Tab reaches a marker; it is named by its venues, shows them on focus, Enter opens links.
    await tabToMarker(page);
    const focused = page.locator(":focus");
    const names = (await focused.textContent())!;
    expect(names.length).toBeGreaterThan(0);
    await expect(focused).toHaveAttribute("role", "button");
    await expect(focused).toHaveAccessibleName(names);
    await expect(map.locator(".leaflet-tooltip")).toHaveText(names);
    await page.keyboard.press("Enter");
    await expect(page.locator(":focus")).toHaveAttribute("href", /^\/venues\/\d+$/);
    await page.keyboard.press("Escape");
    await expect(map.locator(".leaflet-popup")).toHaveCount(0);
    await expect(focused).toHaveAttribute("data-venue-ids", /\d/);

    // A name made of HTML is shown as text in the list, on the marker, its tooltip and popup.
    const entry = list.getByRole("listitem").filter({ hasText: hostileVenueName });
    await expect(entry.getByRole("link", { name: hostileVenueName, exact: true })).toBeVisible();
    await entry.getByRole("button", { name: "在地图上查看" }).click();
    const marker = map.getByRole("button", { name: hostileVenueName, exact: true });
    await expect(marker).toBeFocused();
    await expect(map.locator(".leaflet-tooltip")).toHaveText(hostileVenueName);
    await marker.hover();
    await marker.click();
    await expect(map.locator(".leaflet-popup").getByRole("link", { name: hostileVenueName })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    await expectNoSeriousA11yViolations(page);
    await expectNoHorizontalOverflow(page);
  });
});
