import { expect, test, type Browser, type Page } from "@playwright/test";
import { accounts, signIn } from "./support/accounts";
import { cacheStateOf } from "./support/cache";
import { withDatabase } from "./support/database";

// The signed-in home pages are served from a cached copy per viewer (lib/core/site/viewer-pages.ts):
// proxy.ts checks the session, then answers from that viewer's copy. A copy must never reach
// anybody else, nor any shared cache, and its internal address is not a page of its own.

/** An account's user id and the name its /my shows as the heading (its unit's), by login. */
async function account(login: string): Promise<{ id: number; unitName: string | null }> {
  return withDatabase(async (client) => {
    const result = await client.query<{ id: number; unitName: string | null }>(
      `SELECT u.id, un.name AS "unitName" FROM "User" u LEFT JOIN "Unit" un ON un.id = u."unitId" WHERE u.login = $1`,
      [login],
    );
    return result.rows[0]!;
  });
}

async function signedIn(browser: Browser, login: string, home: RegExp): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, login);
  await expect(page).toHaveURL(home);
  return page;
}

test("each viewer's /my and /admin come from their own cached copy, which nobody else can get", async ({
  browser,
  request,
}) => {
  const chinaPost = await account(accounts.chinaPost);
  const ruixiang = await account(accounts.ruixiang);
  const secretary = await signedIn(browser, accounts.chinaPost, /\/my$/);
  const other = await signedIn(browser, accounts.ruixiang, /\/my$/);
  const admin = await signedIn(browser, accounts.admin, /\/admin$/);

  // A repeat request is answered from the cache (another spec's action may expire the copies in
  // between: ask until the cache answers), in both languages, and only for this browser.
  for (const path of ["/my", "/en/my"]) {
    await expect.poll(() => cacheStateOf(secretary.request, path), { message: path }).toBe("HIT");
    const response = await secretary.request.get(path);
    expect(response.headers()["cache-control"], path).toBe("private, no-store");
    expect(await response.text(), path).toContain(chinaPost.unitName!);
  }
  const theirs = await (await other.request.get("/my")).text();
  expect(theirs).toContain(ruixiang.unitName!);
  expect(theirs).not.toContain(chinaPost.unitName!);
  await expect.poll(() => cacheStateOf(admin.request, "/admin")).toBe("HIT");
  expect((await admin.request.get("/admin")).headers()["cache-control"]).toBe("private, no-store");

  // Whoever a page is not for gets the per-request page: refused, or sent to sign in.
  expect((await admin.request.get("/my", { maxRedirects: 0 })).status()).toBe(403);
  expect((await secretary.request.get("/admin", { maxRedirects: 0 })).status()).toBe(403);
  const visitor = await request.get("/my", { maxRedirects: 0 });
  expect(visitor.status()).toBe(307);
  expect(visitor.headers()["location"]).toMatch(/\/login\?callbackUrl=%2Fmy$/);

  // The copies' internal addresses are no pages, to their own viewer or anybody else.
  for (const path of [`/viewer/${chinaPost.id}/my`, `/en/viewer/${chinaPost.id}/my`, `/viewer/1/admin`]) {
    for (const asker of [secretary.request, admin.request, request]) {
      const response = await asker.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain(chinaPost.unitName!);
    }
  }
  await Promise.all([secretary.close(), other.close(), admin.close()]);
});
