import { expect, test, type APIRequestContext } from "@playwright/test";

// The filtered public lists are served from the cache (issue 14; proxy.ts,
// lib/core/site/list-query.ts): a junk or untidy query is redirected to its canonical address
// before anything renders, a canonical one is rendered once and then a cache HIT, in both
// languages; free text is rendered per request and never cached.

async function get(request: APIRequestContext, path: string) {
  return request.get(path, { maxRedirects: 0, failOnStatusCode: false });
}

test("a junk or untidy list query is redirected to the canonical address @phone", async ({ request }) => {
  const cases: [string, string][] = [
    ["/plan?utm_source=x&month=03&year=2023&type=&q=", "/plan?year=2023&month=3"],
    ["/plan?year=abc&type=NOPE&unit=%00", "/plan"],
    ["/en/plan?year=2023&year=2024", "/en/plan"],
    ["/units?q=&page=1&sort=x", "/units"],
    ["/rotation?year=99999&v=1", "/rotation"],
    ["/en/venues?kind=CASTLE&date=2026-02-30&time=09%3A00", "/en/venues"],
    ["/plan/year-2023/month-3", "/plan?year=2023&month=3"],
  ];
  for (const [from, to] of cases) {
    const response = await get(request, from);
    expect(response.status(), from).toBe(308);
    expect(response.headers()["location"], from).toBe(to);
  }
});

test("a filtered list is served from the cache on a repeat request, in both languages @phone", async ({
  request,
}) => {
  for (const path of [
    "/plan?year=2023&month=3",
    "/en/plan?year=2023&type=TREE_PLANTING",
    "/rotation?year=2026",
    "/en/rotation?year=2026",
    "/units",
    "/en/units",
    "/venues?kind=BADMINTON_COURT",
    "/en/venues?kind=BADMINTON_COURT",
  ]) {
    const first = await get(request, path);
    expect(first.status(), path).toBe(200);
    // A repeat comes from the cache. (An entry older than its ten minutes, or expired by another
    // spec's action, is answered STALE once while it renders afresh: ask again until HIT.)
    await expect
      .poll(async () => (await get(request, path)).headers()["x-nextjs-cache"], { message: path })
      .toBe("HIT");
    const again = await get(request, path);
    expect(again.status(), path).toBe(200);
    // The cached page carries no per-request nonce, so its policy allows its inline scripts.
    expect(again.headers()["content-security-policy"], path).not.toContain("nonce-");
  }
});

test("a search is rendered per request and leaves no cache entry @phone", async ({ request }) => {
  for (const path of ["/units?q=%E7%A7%BB%E5%8A%A8", "/plan?year=2023&q=%E6%A4%8D%E6%A0%91"]) {
    await get(request, path);
    const again = await get(request, path);
    expect(again.status(), path).toBe(200);
    expect(again.headers()["x-nextjs-cache"], path).toBeUndefined();
    expect(again.headers()["content-security-policy"], path).toContain("nonce-");
  }
});

test("filters the page cannot honour, and pages past the last, answer 404, never a server error @phone", async ({
  request,
}) => {
  for (const path of [
    // Far past the last page of the demo data's lists.
    "/plan?page=99",
    "/units?page=9999",
    "/units/_f/page-1",
    "/plan?year=2023&unit=no-such-unit",
    "/plan?year=2099&month=3",
    "/plan/year-2023/nope",
    "/plan/%E0%A4%A",
    "/venues/_f/kind-CASTLE",
  ]) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(404);
  }
});
