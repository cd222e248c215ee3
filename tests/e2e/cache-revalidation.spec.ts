import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./support/accounts";
import { cacheFixture, fixtureUnits } from "./support/fixtures";
import { searchPlan } from "./support/nav";

// Public pages are rendered once and served from the cache to every visitor (issue 14); every
// action that changes what they show expires them (lib/core/site/revalidate-public.ts), so the
// very next request shows the change, in both locales. A visitor here is Playwright's request
// context: no session cookie, like anyone reading the site.

/**
 * The public pages served from the cache so far, as visitors address them. More are joining
 * (the plan, activities, units, meetings, the rotation, venues): add them here once their page
 * reads no session or query.
 */
const cachedPages = ["/", "/about"];
const inBothLocales = (paths: string[]) =>
  paths.flatMap((path) => [path, path === "/" ? "/en" : `/en${path}`]);

async function cacheStateOf(request: APIRequestContext, path: string): Promise<string | undefined> {
  return (await request.get(path)).headers()["x-nextjs-cache"];
}

/** The activity card that carries this title in a list page's HTML, or "" when there is none. */
function cardWith(html: string, title: string): string {
  return (
    [...html.matchAll(/<article\b[\s\S]*?<\/article>/g)]
      .map((match) => match[0])
      .find((card) => card.includes(title)) ?? ""
  );
}

test("@phone public pages are served from the cache, with a script policy that has no nonce", async ({
  request,
}) => {
  for (const path of inBothLocales(cachedPages)) {
    // The first request may render the page; a repeat comes from the cache. (Another spec's
    // action may expire it in between: ask again until the cache answers.)
    await expect.poll(() => cacheStateOf(request, path), { message: path }).toBe("HIT");
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
    expect(csp, path).not.toContain("nonce-");
    expect(await response.text(), path).not.toMatch(/nonce="/);
  }
});

test("@phone a secretary's claim shows on the cached home page and the activity's page at once, in Chinese and English", async ({
  page,
  request,
}) => {
  const { item, leadShortName } = cacheFixture;
  const homes = inBothLocales(["/"]);
  // Both homes are cached and show the activity unclaimed.
  for (const home of homes) {
    await expect.poll(() => cacheStateOf(request, home), { message: home }).toBe("HIT");
    const card = cardWith(await (await request.get(home)).text(), item);
    expect(card, `${home} lists ${item}`).not.toBe("");
    expect(card).not.toContain(leadShortName);
  }

  await signIn(page, fixtureUnits.cacheLead);
  await expect(page).toHaveURL(/\/my$/);
  await searchPlan(page, item);
  await page.getByRole("link", { name: item }).click();
  const panel = page.getByRole("region", { name: "认领与报名" });
  await panel.getByRole("button", { name: "认领这项活动" }).click();
  await expect(panel.getByRole("status")).toContainText("认领成功");
  const activityPage = new URL(page.url()).pathname;
  expect(activityPage).toMatch(/^\/activities\/\d+$/);

  // The very next request of each page shows the new lead: no stale copy served first.
  for (const home of homes) {
    expect(cardWith(await (await request.get(home)).text(), item), home).toContain(leadShortName);
  }
  for (const path of inBothLocales([activityPage])) {
    expect(await (await request.get(path)).text(), path).toContain(leadShortName);
  }
  // And the refreshed page is cached again.
  for (const home of homes) {
    await expect.poll(() => cacheStateOf(request, home), { message: home }).toBe("HIT");
    expect(cardWith(await (await request.get(home)).text(), item), home).toContain(leadShortName);
  }
});
