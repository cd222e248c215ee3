import type { Page } from "@playwright/test";

/**
 * Taps a navigation link as a phone user does: where the link is not shown (on a phone the main
 * and section navigations are <details> menus), open the menus one by one until it is.
 */
export async function tapMenuLink(page: Page, name: string | RegExp, exact = true): Promise<void> {
  const link = page.getByRole("link", { name, exact }).filter({ visible: true }).first();
  if (!(await link.isVisible())) {
    const menus = page.locator("nav summary").filter({ visible: true });
    for (let index = 0; index < (await menus.count()); index += 1) {
      await menus.nth(index).click();
      if (await link.isVisible()) break;
      await menus.nth(index).click();
    }
  }
  await link.click();
}
