import { expect, test } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { cacheStateOf } from "./support/cache";
import { withDatabase } from "./support/database";
import { feedEvent, feedText } from "./support/feeds";
import { cacheFixture, fixtureMeetings, fixtureUnits } from "./support/fixtures";
import { searchPlan, tapAdminSection } from "./support/nav";

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

/** A meeting's id by its (fixture) title. */
async function meetingId(title: string): Promise<number> {
  return withDatabase(async (client) => {
    const result = await client.query<{ id: number }>(`SELECT id FROM "Meeting" WHERE title = $1`, [title]);
    return result.rows[0]!.id;
  });
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
}, testInfo) => {
  // A public meeting's page, and a members-only meeting's (whose cached HTML names nothing of it).
  const publicMeeting = `/meetings/${await meetingId(`${cacheFixture.meeting} ${testInfo.project.name}`)}`;
  const membersMeeting = `/meetings/${await meetingId(fixtureMeetings.agenda)}`;
  for (const path of inBothLocales([...cachedPages, publicMeeting, membersMeeting])) {
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
  for (const path of inBothLocales([membersMeeting])) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain(fixtureMeetings.agenda);
    expect(html, path).not.toContain("端到端测试会议室");
  }
});

test("@phone a secretary's claim shows on the cached home page, the activity's page and the calendar feeds at once, in Chinese and English", async ({
  page,
  request,
}) => {
  const { item, leadShortName } = cacheFixture;
  const homes = inBothLocales(["/"]);
  // The plan's feed (also the year's, as the plan page links it) and the lead's own feed.
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  const planFeeds = inBothLocales(["/plan.ics", `/plan.ics?year=${year}`]);
  const unitFeeds = inBothLocales([`/units/${fixtureUnits.cacheLead}/plan.ics`]);
  // Both homes and the feeds are cached and show the activity unclaimed.
  for (const home of homes) {
    await expect.poll(() => cacheStateOf(request, home), { message: home }).toBe("HIT");
    const card = cardWith(await (await request.get(home)).text(), item);
    expect(card, `${home} lists ${item}`).not.toBe("");
    expect(card).not.toContain(leadShortName);
  }
  for (const feed of [...planFeeds, ...unitFeeds]) {
    await expect.poll(() => cacheStateOf(request, feed), { message: feed }).toBe("HIT");
  }
  for (const feed of planFeeds) {
    const event = feedEvent(await feedText(request, feed), item);
    expect(event, `${feed} has ${item}`).not.toBe("");
    expect(event, feed).not.toContain(leadShortName);
  }
  for (const feed of unitFeeds) expect(feedEvent(await feedText(request, feed), item), feed).toBe("");

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
  for (const feed of planFeeds) {
    expect(feedEvent(await feedText(request, feed), item), feed).toContain(leadShortName);
  }
  for (const feed of unitFeeds) expect(feedEvent(await feedText(request, feed), item), feed).not.toBe("");
  // And the refreshed page is cached again.
  for (const home of homes) {
    await expect.poll(() => cacheStateOf(request, home), { message: home }).toBe("HIT");
    expect(cardWith(await (await request.get(home)).text(), item), home).toContain(leadShortName);
  }
});

test("@phone an admin's change to a public meeting shows on its cached page at once, in Chinese and English", async ({
  page,
  request,
}, testInfo) => {
  const title = `${cacheFixture.meeting} ${testInfo.project.name}`;
  const place = `缓存测试${testInfo.project.name}会议室 ${Date.now().toString(36)}`;
  const pages = inBothLocales([`/meetings/${await meetingId(title)}`]);
  for (const path of pages) {
    await expect.poll(() => cacheStateOf(request, path), { message: path }).toBe("HIT");
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(title);
    expect(html, path).not.toContain(place);
  }

  await signIn(page, accounts.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await tapAdminSection(page, "联席会议");
  await page.getByRole("listitem").filter({ hasText: title }).getByRole("link", { name: title }).click();
  const edit = page.getByRole("region", { name: "修改会议" });
  await edit.getByLabel("地址或会议室").fill(place);
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(edit.getByRole("status")).toHaveText("修改已保存。");

  // The very next request of the page shows the new place, then it is cached again.
  for (const path of pages) {
    expect(await (await request.get(path)).text(), path).toContain(place);
  }
  for (const path of pages) {
    await expect.poll(() => cacheStateOf(request, path), { message: path }).toBe("HIT");
    expect(await (await request.get(path)).text(), path).toContain(place);
  }
});
