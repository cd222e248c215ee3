import type { Locator, Page } from "@playwright/test";

/**
 * Taps a link or button of the navigation as a phone user does: where it is not shown (on a
 * phone the main and section navigations, sign-in and sign-out included, sit in <details>
 * menus), open the menu that holds it first. `navLabel` picks one navigation where two share a
 * name (the main menu's 联席会议 is the public page, the admin section's is the admin's list).
 */
export async function tapMenuItem(
  page: Page,
  role: "link" | "button",
  name: string | RegExp,
  exact = true,
  navLabel?: string,
): Promise<void> {
  // A menu opened while the page still hydrates may be closed again by its route-change effect.
  await page.waitForLoadState("networkidle").catch(() => {});
  const scope = navLabel ? page.getByRole("navigation", { name: navLabel, exact: true }) : page;
  // Right after a tap elsewhere the old page may still be shown: wait for the item to exist.
  await scope.getByRole(role, { name, exact, includeHidden: true }).first().waitFor({ state: "attached" });
  const shown = scope.getByRole(role, { name, exact }).filter({ visible: true }).first();
  if (!(await shown.isVisible())) {
    const holder = page.getByRole(role, { name, exact, includeHidden: true });
    const menu = navLabel
      ? page.getByRole("navigation", { name: navLabel, exact: true })
      : page.locator("nav").filter({ has: holder });
    await menu.locator("summary").first().click();
  }
  const before = new URL(page.url());
  const href = role === "link" ? await shown.getAttribute("href") : null;
  await shown.click();
  // A link to another page: wait until the browser has left this one. Otherwise the next step
  // may find its target on the old page (the admin home lists meetings too), tap it, and be
  // overtaken by the navigation still under way.
  if (href && !sameAddress(new URL(href, before), before)) {
    await page.waitForURL((url) => !sameAddress(url, before));
  }
}

const sameAddress = (a: URL, b: URL) => a.pathname === b.pathname && a.search === b.search;

export const tapMenuLink = (page: Page, name: string | RegExp, exact = true) =>
  tapMenuItem(page, "link", name, exact);

/** A section of the admin area, from its own navigation (not the main menu's namesake). */
export const tapAdminSection = (page: Page, name: string) =>
  tapMenuItem(page, "link", name, true, "管理后台栏目");

/** One of a meeting's admin tabs (overview, attendance, minutes, decisions, …). */
export const tapMeetingTab = (page: Page, name: string) => tapMenuItem(page, "link", name, true, "会议管理");

/** Finds activities in the public list as anyone does: the main menu's list, then its search. */
export async function searchPlan(page: Page, query: string): Promise<void> {
  await tapMenuLink(page, "活动清单");
  await page.getByLabel("搜索活动").fill(query);
  await page.getByRole("button", { name: "筛选" }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === query);
}

/**
 * The field labelled exactly `name`: a required field's label also holds its "*" (aria-hidden,
 * so not in the accessible name, but in the label text getByLabel compares).
 */
export function fieldLabelled(scope: Page | Locator, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return scope.getByLabel(new RegExp(`^\\s*${escaped}\\s*\\*?\\s*$`));
}
