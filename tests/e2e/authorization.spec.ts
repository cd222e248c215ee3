import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { accounts, demoPassword } from "./support/accounts";
import { withDatabase } from "./support/database";
import { fixtureUnits } from "./support/fixtures";
import { protectedRoutes, type Caller, type Expected } from "./support/protected-routes";

async function signedInContext(baseURL: string, login: string | null): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (!login) return context;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { identifier: login, password: demoPassword, csrfToken, json: "true" },
  });
  expect(response.ok(), `sign-in as ${login}`).toBe(true);
  return context;
}

async function outcome(context: APIRequestContext, path: string): Promise<Expected | string> {
  const response = await context.get(path, { maxRedirects: 0 });
  const status = response.status();
  if (status === 307 || status === 303) {
    const location = response.headers().location ?? "";
    return location.includes("/login") ? "login" : `redirect ${location}`;
  }
  return status === 403 ? "forbidden" : status === 200 ? "ok" : `status ${status}`;
}

test("every protected page answers each kind of caller as the route table says", async ({ baseURL }) => {
  const logins: Record<Caller, string | null> = {
    anonymous: null,
    secretaryA: accounts.chinaPost,
    secretaryB: accounts.ruixiang,
    suspended: fixtureUnits.suspendable,
    admin: accounts.admin,
  };
  const contexts = {} as Record<Caller, APIRequestContext>;
  for (const caller of Object.keys(logins) as Caller[]) {
    contexts[caller] = await signedInContext(baseURL!, logins[caller]);
  }
  // The unit is suspended while its secretary holds a valid session cookie.
  await withDatabase((db) =>
    db.query(`UPDATE "Unit" SET status = 'SUSPENDED' WHERE slug = $1`, [fixtureUnits.suspendable]),
  );

  const mismatches: string[] = [];
  for (const route of protectedRoutes) {
    for (const caller of Object.keys(logins) as Caller[]) {
      const actual = await outcome(contexts[caller], route.path);
      if (actual !== route.expected[caller]) {
        mismatches.push(`${route.path} as ${caller}: expected ${route.expected[caller]}, got ${actual}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
  await Promise.all(Object.values(contexts).map((context) => context.dispose()));
});
