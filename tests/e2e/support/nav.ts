import type { Page } from "@playwright/test";

/**
 * Taps a link or button of the navigation as a phone user does: where it is not shown (on a
 * phone the main and section navigations, sign-in and sign-out included, sit in <details>
 * menus), open the menu that holds it first.
 */
export async function tapMenuItem(
  page: Page,
  role: "link" | "button",
  name: string | RegExp,
  exact = true,
): Promise<void> {
  // A menu opened while the page still hydrates may be closed again by its route-change effect.
  await page.waitForLoadState("networkidle").catch(() => {});
  const shown = page.getByRole(role, { name, exact }).filter({ visible: true }).first();
  if (!(await shown.isVisible())) {
    const holder = page.getByRole(role, { name, exact, includeHidden: true });
    await page.locator("nav").filter({ has: holder }).locator("summary").first().click();
  }
  await shown.click();
}

export const tapMenuLink = (page: Page, name: string | RegExp, exact = true) =>
  tapMenuItem(page, "link", name, exact);
