import type { Page } from "@playwright/test";

/**
 * Taps a link or button of the navigation as a phone user does: where it is not shown (on a
 * phone the main and section navigations, sign-in and sign-out included, sit in <details>
 * menus), open the menus one by one until it is.
 */
export async function tapMenuItem(
  page: Page,
  role: "link" | "button",
  name: string | RegExp,
  exact = true,
): Promise<void> {
  const item = page.getByRole(role, { name, exact }).filter({ visible: true }).first();
  // A menu opened while the page still hydrates may be closed again by its route-change effect.
  await page.waitForLoadState("networkidle").catch(() => {});
  if (!(await item.isVisible())) {
    const menus = page.locator("nav summary").filter({ visible: true });
    for (let index = 0; index < (await menus.count()); index += 1) {
      await menus.nth(index).click();
      const shown = await item.waitFor({ state: "visible", timeout: 2_000 }).then(
        () => true,
        () => false,
      );
      if (shown) break;
      await menus.nth(index).click();
    }
  }
  await item.click();
}

export const tapMenuLink = (page: Page, name: string | RegExp, exact = true) =>
  tapMenuItem(page, "link", name, exact);
