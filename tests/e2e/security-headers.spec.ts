import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { isCachedPublicPage } from "../../lib/core/site/cached-pages";
import { accounts, signIn } from "./support/accounts";

// The production server sends the security headers on every kind of response, and the pages
// still work under its Content-Security-Policy: no violation while they load and hydrate.
// Public pages served from the cache (lib/core/site/cached-pages.ts) cannot carry a
// per-request nonce: their scripts are allowed from our origin and inline, nothing else.

const noncePolicy = /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/;
const cachedPolicy = /script-src 'self' 'unsafe-inline'(;|$)/;

function expectSecurityHeaders(response: APIResponse, what: string, cached = false) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["permissions-policy"], what).toContain("geolocation=()");
  // Plain HTTP here: HSTS only when served over HTTPS.
  expect(headers["strict-transport-security"], what).toBeUndefined();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toMatch(cached ? cachedPolicy : noncePolicy);
  if (cached) expect(csp, what).not.toContain("nonce-");
  for (const directive of [
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ]) {
    expect(csp, what).toContain(directive);
  }
  expect(csp, what).not.toContain("unsafe-eval");
}

test.describe("security headers", () => {
  test("@phone are on pages, route handlers, static files, 404s, feeds and the 413 page", async ({
    request,
  }) => {
    const home = await request.get("/");
    expectSecurityHeaders(home, "cached page", true);
    // The plan's feed is served from the cache too (it has no scripts to need a nonce).
    const feed = await request.get("/plan.ics");
    expect(feed.status()).toBe(200);
    expectSecurityHeaders(feed, "feed", true);
    const html = await home.text();
    const asset = html.match(/\/_next\/static\/[^"'\s]+\.(?:js|css)/)?.[0];
    expect(asset, "a static asset linked from the home page").toBeTruthy();

    const responses: [string, APIResponse][] = [
      ["route handler", await request.get("/api/health")],
      ["static file", await request.get(asset!)],
      ["404 page", await request.get("/no-such-page")],
      ["redirect", await request.get("/my", { maxRedirects: 0 })],
      ["too large", await request.post("/join", { data: Buffer.alloc(3 * 1024 * 1024 + 1, 97) })],
    ];
    const statuses = Object.fromEntries(responses.map(([what, response]) => [what, response.status()]));
    expect(statuses).toMatchObject({ "route handler": 200, "static file": 200, "404 page": 404 });
    expect(statuses["too large"]).toBe(413);
    for (const [what, response] of responses) expectSecurityHeaders(response, what);

    // Uploaded files (here a logo route, even when it answers 404) get a sandbox instead.
    const file = await request.get("/units/no-such-unit/logo");
    expect(file.headers()["content-security-policy"]).toBe(
      "default-src 'none'; sandbox; frame-ancestors 'none'",
    );
    expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("@phone cached public pages, in both locales, carry no nonce; all other pages do", async ({
    request,
  }) => {
    const publicPages = [
      "/",
      "/about",
      "/plan",
      "/activities/1",
      "/units",
      "/meetings",
      "/rotation",
      "/venues",
      "/communities",
      "/communities/1",
      "/pairings",
      "/pairings/1",
      "/sites",
      "/sites/1",
      "/results",
      "/results/2023",
      "/units/china-post-zhenjiang/years/2023",
    ];
    const otherPages = ["/login", "/join", "/join/status", "/no-such-page"];
    for (const path of [...publicPages, ...otherPages]) {
      const cached = isCachedPublicPage(path);
      for (const address of [path, path === "/" ? "/en" : `/en${path}`]) {
        expectSecurityHeaders(await request.get(address), address, cached);
      }
    }
    expect(publicPages.filter((path) => !isCachedPublicPage(path))).toEqual([]);
    expect(otherPages.filter(isCachedPublicPage)).toEqual([]);
  });

  test("@phone every other page gets a fresh nonce, and Next's own scripts carry it", async ({ request }) => {
    const nonceOf = (response: APIResponse) =>
      /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    const first = await request.get("/login");
    const second = await request.get("/login");
    expect(nonceOf(first)).toBeTruthy();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(first)}"`);
  });
});

/** Collects CSP (and Permissions-Policy) complaints the page reports while it is used. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy|Permissions-Policy/i.test(message.text())) {
      messages.push(message.text());
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
  ];
}

/** The app hydrated: Next's client runtime ran (it would not, had its scripts been blocked). */
async function expectHydrated(page: Page) {
  await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
}

test.describe("the Content-Security-Policy in the browser", () => {
  // The server has no internet: tiles fail as network errors, which are not CSP violations.
  test.beforeEach(async ({ page, baseURL }) => {
    await page.route(
      (url) => !url.href.startsWith(baseURL!),
      (route) => route.abort("internetdisconnected"),
    );
  });

  test("the public pages and the venue map load without a violation", async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of ["/", "/plan", "/venues"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectHydrated(page);
    }
    await expect(page.locator(".leaflet-container")).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("a signed-in secretary's /my loads without a violation", async ({ page }) => {
    const violations = await watchViolations(page);
    await signIn(page, accounts.ruixiang);
    await expect(page).toHaveURL(/\/my$/);
    await page.waitForLoadState("networkidle");
    await expectHydrated(page);
    expect(await violations()).toEqual([]);
  });

  test("script slipped into the server's HTML does not run, and is reported", async ({ page }) => {
    // As if a stored payload escaped the escaping: the real response, with its real headers,
    // plus an inline script and an inline event handler that carry no nonce. On a page rendered
    // per request (nonce + 'strict-dynamic'); the cached public pages allow inline scripts
    // (README "Security headers") and rely on React's escaping alone.
    await page.route(
      (url) => url.pathname === "/login",
      async (route) => {
        const response = await route.fetch();
        const payload =
          '<script>window.__injected = "script"</script><img src="/none.png" alt="" onerror="window.__injected = \'handler\'">';
        const body = (await response.text()).replace("</main>", `${payload}</main>`);
        await route.fulfill({ response, body });
      },
    );
    const violations = await watchViolations(page);
    await page.goto("/login");
    await expectHydrated(page);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => "__injected" in window)).toBe(false);
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-attr inline/));
  });
});
