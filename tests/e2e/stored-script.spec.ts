import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { payloads, scriptFixture as f, visibleTexts } from "./support/script-fixtures";

// Stored script: every text a secretary or an admin can write that a visitor sees holds a
// payload (support/script-fixtures.ts). A visitor walks every public page that shows one and
// points at every map marker; no payload may run (no dialog, window.__xss never set, no element
// made from one), and each text is on the page as text.

type Ids = { activity: number; meeting: number; venue: number };

async function fixtureIds(): Promise<Ids> {
  return withDatabase(async (client) => {
    const one = async (sql: string, value: string) =>
      Number((await client.query<{ id: number }>(sql, [value])).rows[0]!.id);
    return {
      activity: await one(`SELECT id FROM "Activity" WHERE title = $1`, f.activityTitle),
      meeting: await one(`SELECT id FROM "Meeting" WHERE title = $1`, f.meetingTitle),
      venue: await one(`SELECT id FROM "Venue" WHERE name = $1`, f.venueName),
    };
  });
}

/** Counts dialogs (a payload's alert) and refuses every request off the site (no internet here). */
async function guard(page: Page, baseURL: string | undefined): Promise<string[]> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route(
    (url) => !url.href.startsWith(baseURL!),
    (route) => route.abort("internetdisconnected"),
  );
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[], where: string) {
  expect(dialogs, where).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), where).toBeUndefined();
  // Elements a payload would have made: Next's own inline data holds the payloads as strings,
  // so scripts count only when their whole text is a payload.
  const made = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    svgs: document.querySelectorAll("svg[onload]").length,
    scripts: [...document.scripts].filter((script) => script.text.trim().startsWith("window.__xss")).length,
    links: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i], [src^="javascript:" i]')
      .length,
  }));
  expect(made, where).toEqual({ images: 0, svgs: 0, scripts: 0, links: 0 });
}

async function expectTexts(page: Page, texts: readonly string[]) {
  for (const text of texts)
    await expect(page.getByText(text).filter({ visible: true }).first(), text).toBeVisible();
}

const text = (keys: ReadonlyArray<keyof typeof f>) => keys.map((key) => f[key]);

/** Opens each page, checks its texts are there as text and that nothing ran. */
async function visitor(page: Page, baseURL: string | undefined) {
  const dialogs = await guard(page, baseURL);
  return async (path: string, texts: readonly string[] = []) => {
    await page.goto(path);
    await expectTexts(page, texts);
    await expectNothingRan(page, dialogs, path);
  };
}

test("stored payloads stay text on the home page, the plan, the activity and the unit pages", async ({
  page,
  baseURL,
}) => {
  const visit = await visitor(page, baseURL);
  const ids = await fixtureIds();
  await visit("/");
  await visit(`/plan?unit=${f.slug}`, [f.activityTitle, f.shortName]);
  await visit(`/activities/${ids.activity}`, [...text(visibleTexts.activity), `XSS地点${payloads.svg}`]);
  // The page title is text too (the <title> element holds no markup).
  expect(await page.title()).toContain(f.activityTitle);
  await visit("/units", [f.unitName]);
  await visit(`/units/${f.slug}`, [...text(visibleTexts.unit), f.activityTitle]);
  await visit("/rotation");
});

test("stored payloads stay text on the meeting pages, in the minutes and on the venue page", async ({
  page,
  baseURL,
}) => {
  const visit = await visitor(page, baseURL);
  const ids = await fixtureIds();
  await visit("/meetings", [`XSS会议${payloads.img}`]);
  await visit(`/meetings/${ids.meeting}`, [
    `XSS会议${payloads.img}`,
    ...text(visibleTexts.meeting),
    `XSS纪要正文${payloads.img}`,
    payloads.script,
  ]);
  // Markdown links and images with script or data targets are shown as their text only.
  const minutes = page.getByText("XSS纪要链接").locator("xpath=ancestor::div[1]");
  await expect(page.getByRole("link", { name: /XSS纪要链接|XSS数据链接/ })).toHaveCount(0);
  await expect(minutes).toContainText("XSS数据链接");
  await expect(page.getByText("XSS纪要图片")).toBeVisible();
  await visit(`/meetings/${ids.meeting}/print`, [`XSS会议${payloads.img}`, f.agendaTitle]);
  await visit(`/venues/${ids.venue}`, text(visibleTexts.venue));

  // Members see the online link and the decisions page: still text, never a script link.
  await signIn(page, f.slug);
  await expect(page).not.toHaveURL(/\/login/);
  await visit(`/meetings/${ids.meeting}`, [f.onlineUrl, f.decisionTitle]);
  await visit(`/meetings/${ids.meeting}/decisions`, [f.decisionTitle]);
});

test("stored payloads stay text in every map marker's tooltip and popup", async ({ page, baseURL }) => {
  const dialogs = await guard(page, baseURL);
  const ids = await fixtureIds();
  // The map: point at every marker (tooltips), then open the fixture venue's popup.
  await page.goto("/venues");
  await expectTexts(page, [f.venueName]);
  const markers = page.getByTestId("venue-map").locator("[data-venue-ids]");
  await expect(markers.first()).toBeVisible();
  for (const marker of await markers.all()) {
    await marker.hover();
    await expect(page.locator(".leaflet-tooltip").last()).toBeVisible();
  }
  await expectNothingRan(page, dialogs, "/venues markers hovered");
  const ours = page.locator(`[data-venue-ids~="${ids.venue}"]`);
  await ours.hover();
  await expect(page.locator(".leaflet-tooltip", { hasText: f.venueName })).toBeVisible();
  await ours.click();
  await expect(page.locator(".leaflet-popup").getByRole("link", { name: f.venueName })).toBeVisible();
  await expectNothingRan(page, dialogs, "/venues popup");
});

test("calendar feeds keep every hostile text inside its own property", async ({ request }) => {
  const ids = await fixtureIds();
  const feeds = [
    "/plan.ics",
    `/units/${f.slug}/plan.ics`,
    `/meetings/${ids.meeting}/invite.ics`,
    `/venues/${ids.venue}/bookings.ics`,
  ];
  for (const feed of feeds) {
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    const body = await response.text();
    // No line break but CRLF, and none of the Unicode ones a reader might honour.
    expect(body, feed).not.toMatch(/\r(?!\n)|(?<!\r)\n|[\u0085\u2028\u2029]/);
    const lines = body.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
    for (const line of lines) expect(line, feed).toMatch(/^[A-Z][A-Z0-9-]*[;:]/);
    expect(
      lines.filter((line) => /^(ATTENDEE|X-INJECTED)/.test(line)),
      feed,
    ).toEqual([]);
    expect(lines.filter((line) => line === "BEGIN:VEVENT").length, feed).toBe(
      lines.filter((line) => line === "END:VEVENT").length,
    );
  }
  const plan = await (await request.get(`/units/${f.slug}/plan.ics`)).text();
  expect(plan.replace(/\r\n /g, "")).toContain("XSS活动<img src=x onerror=window.__xss=1>");
});
