import { expect, test, type APIResponse } from "@playwright/test";
import { cacheStateOf } from "./support/cache";
import { withDatabase } from "./support/database";
import { cacheFixture, fixtureUnits } from "./support/fixtures";

// The calendar feeds are served from the cache like the public pages (issue 14): the same for
// every visitor, rendered once, with their calendar headers kept. What changes them expires them
// (cache-revalidation.spec.ts, bookings.spec.ts); here: what is and is not kept.

const inBothLocales = (paths: string[]) => paths.flatMap((path) => [path, `/en${path}`]);

async function firstId(sql: string, values: unknown[] = []): Promise<number> {
  return withDatabase(async (client) => (await client.query<{ id: number }>(sql, values)).rows[0]!.id);
}

test("@phone the feeds are served from the cache with their calendar headers, whatever query is added", async ({
  request,
}) => {
  const venue = await firstId(`SELECT id FROM "Venue" WHERE active ORDER BY id LIMIT 1`);
  const feeds = inBothLocales([
    "/plan.ics",
    `/units/${fixtureUnits.cacheLead}/plan.ics`,
    `/venues/${venue}/bookings.ics`,
  ]);
  // Other specs running meanwhile may expire a feed (the cache fixture's unit leads activities
  // they claim): what is checked is the first answer served from the cache.
  const cachedAnswer = async (path: string) => {
    let hit: APIResponse | undefined;
    await expect
      .poll(
        async () => {
          const response = await request.get(path, { maxRedirects: 0 });
          if (response.headers()["x-nextjs-cache"] === "HIT") hit = response;
          return response.headers()["x-nextjs-cache"];
        },
        { message: path },
      )
      .toBe("HIT");
    return hit!;
  };
  for (const feed of feeds) {
    const response = await cachedAnswer(feed);
    expect(response.status(), feed).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"], feed).toBe("text/calendar; charset=utf-8");
    expect(headers["content-disposition"], feed).toMatch(/^inline; filename="[\w.-]+\.ics"$/);
    expect(headers["x-content-type-options"], feed).toBe("nosniff");
    expect(await response.text(), feed).toMatch(/^BEGIN:VCALENDAR\r\n/);
  }
  // A query on a feed that takes none is no new entry: the same cached answer.
  // (A fresh query each time: were queries kept apart, none of them would ever be a HIT.)
  for (const feed of feeds.filter((path) => !/^(\/en)?\/plan\.ics$/.test(path))) {
    await expect.poll(() => cacheStateOf(request, `${feed}?v=${Date.now()}`), { message: feed }).toBe("HIT");
  }
  // The plan's feed takes a year and nothing else: junk goes back to the canonical address.
  const junk = await request.get("/plan.ics?utm_source=chat&year=abc", { maxRedirects: 0 });
  expect(junk.status()).toBe(308);
  expect(junk.headers()["location"]).toBe("/plan.ics");
});

test("@phone unknown units, venues and years are 404 and never kept", async ({ request }) => {
  for (const path of [
    "/units/no-such-unit/plan.ics",
    "/venues/999999999/bookings.ics",
    "/venues/007/bookings.ics",
    "/plan.ics?year=2099",
    "/en/plan.ics?year=2099",
  ]) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["x-nextjs-cache"], path).not.toBe("HIT");
    }
  }
});

test("@phone a meeting's invitation depends on who asks, so it is never cached", async ({ request }) => {
  const meeting = await firstId(`SELECT id FROM "Meeting" WHERE title = $1`, [
    `${cacheFixture.meeting} phone`,
  ]);
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await request.get(`/meetings/${meeting}/invite.ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(response.headers()["cache-control"]).toContain("private");
  }
});
