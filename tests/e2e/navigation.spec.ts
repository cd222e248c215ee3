import { expect, test, type Locator, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations } from "./support/axe";

// The narrowest phone we support. Every destination of every navigation must be reachable by
// tapping (open the menu, tap the link) and every page must fit the screen, in both languages.
test.use({ viewport: { width: 360, height: 780 } });

const mainNav = /^(主导航|Main navigation)$/;
const myNav = /^(我的单位栏目|My unit sections)$/;
const adminNav = /^(管理后台栏目|Admin sections)$/;

async function switchToEnglish(page: Page) {
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "中文" })).toBeVisible();
}

/** The menu's links as the user sees them after opening it (hrefs, in order). */
async function openMenu(nav: Locator): Promise<string[]> {
  // The signed-in links arrive once the header knows who is signed in (aria-busy until then).
  await expect(nav).not.toHaveAttribute("aria-busy", "true");
  const details = nav.locator("details");
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await nav.locator("summary").click();
  }
  const links = nav.getByRole("link");
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href") ?? ""));
}

/**
 * Taps every link of a navigation through its phone menu and checks each page it opens. `axe`:
 * false for the main menu of a signed-in user, whose pages the visitor's walk has already checked
 * (only the header's island differs); axe is the slowest step of the walk.
 */
async function walk(page: Page, name: RegExp, { axe = true } = {}) {
  const nav = page.getByRole("navigation", { name });
  const hrefs = await openMenu(nav);
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) {
    await openMenu(nav);
    await nav
      .getByRole("link")
      .and(nav.locator(`[href="${href}"]`))
      .click();
    await page.waitForURL((url) => url.pathname === href);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    // The menu closes behind the tap and marks where the user is now.
    await expect(nav.locator("details")).not.toHaveAttribute("open");
    if (!href.endsWith("/login"))
      await expect(nav.locator(`[href="${href}"][aria-current="page"]`)).toHaveCount(2);
    await expectNoHorizontalOverflow(page);
    // One axe pass per page, WCAG 2.5.8 target sizes included (tests/e2e/support/axe.ts).
    if (axe) await expectNoSeriousA11yViolations(page, { targetSize: true });
  }
}

// Both languages walk every menu and check each page's heading, fit and current-page mark; axe
// (the slowest step) runs on the default language's pages, whose markup the English pages share,
// and a signed-in main menu is walked once, by the secretary in Chinese (its pages are the
// visitor's; only the header's island differs, and it is the same for an admin).
for (const language of ["zh-CN", "en"] as const) {
  const checkA11y = language === "zh-CN";
  test.describe(`phone navigation at 360 px in ${language}`, () => {
    test.describe.configure({ timeout: 240_000 });

    test(`a visitor reaches every main section and sign-in by tapping the menu @phone`, async ({ page }) => {
      await page.goto("/login");
      if (language === "en") await switchToEnglish(page);
      await expectNoHorizontalOverflow(page);
      await expectNoSeriousA11yViolations(page);

      // Escape closes the menu and gives focus back to its button.
      const nav = page.getByRole("navigation", { name: mainNav });
      await nav.locator("summary").click();
      await expect(nav.getByRole("link", { name: /申请加入|Join/ })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(nav.locator("details")).not.toHaveAttribute("open");
      await expect(nav.locator("summary")).toBeFocused();

      await walk(page, mainNav, { axe: checkA11y });
    });

    test(`a secretary reaches every ${checkA11y ? "main and " : ""}workspace section by tapping @phone`, async ({
      page,
    }) => {
      await signIn(page, accounts.chinaPost);
      await expect(page).toHaveURL(/\/my$/);
      if (language === "en") await switchToEnglish(page);
      if (language === "zh-CN") await walk(page, mainNav, { axe: false });
      await walk(page, myNav, { axe: checkA11y });
    });

    test(`an admin reaches every admin section by tapping @phone`, async ({ page }) => {
      await signIn(page, accounts.admin, undefined, "/admin");
      await expect(page).toHaveURL(/\/admin$/);
      if (language === "en") await switchToEnglish(page);
      await walk(page, adminNav, { axe: checkA11y });
    });
  });
}
