import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { databaseUrlFile } from "./support/database";
import { accounts, signIn } from "./support/accounts";
import { serverEntry } from "../../scripts/lib/server-bundle";

// Two app instances behind one PostgreSQL (README "Two instances"): the run's server (A) and a
// second copy of the same production build (B) on the same database. Each keeps its cached
// pages in its own memory; a revalidation on A reaches B through PostgreSQL
// (lib/core/cache/handler.ts).
const portA = Number(process.env.E2E_PORT ?? 3210);
const portB = portA + 10;
const instanceA = `http://127.0.0.1:${portA}`;
const instanceB = `http://127.0.0.1:${portB}`;
let app: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  app = spawn(process.execPath, [serverEntry(process.cwd())], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(portB),
      HOST: "127.0.0.1",
      DATABASE_URL: readFileSync(databaseUrlFile, "utf8").trim(),
      NEXTAUTH_URL: instanceB,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      MAIL_WORKER: "off",
      WEB_CONCURRENCY: "1",
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 150; i++) {
    const up = await fetch(`${instanceB}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the second instance did not start");
});

test.afterAll(() => {
  app.kill("SIGTERM");
});

async function load(base: string, path: string) {
  const response = await fetch(`${base}${path}`);
  return {
    status: response.status,
    cache: response.headers.get("x-nextjs-cache"),
    html: await response.text(),
  };
}

test("a change made on one instance shows on the other's cached page within 2 s", async ({ page }) => {
  // China Post's public page, cached by both instances.
  const path = "/units/china-post-zhenjiang";
  // (Polled: other specs' actions running meanwhile may expire it — a unit page shows the plan.)
  for (const base of [instanceA, instanceB]) {
    expect((await load(base, path)).status).toBe(200);
    await expect.poll(async () => (await load(base, path)).cache).toBe("HIT");
  }

  // Its secretary edits the profile on instance A (the run's server), by tapping.
  const intro = `中国邮政镇江分公司团委（两实例 ${Date.now()}）`;
  await signIn(page, accounts.chinaPost);
  await expect(page).toHaveURL(/\/my$/);
  await page
    .getByRole("navigation", { name: "我的单位栏目" })
    .getByRole("link", { name: "单位资料" })
    .click();
  await page.getByLabel("单位简介").fill(intro);
  await page.getByRole("button", { name: "保存单位资料" }).click();
  await expect(page.getByRole("status").filter({ hasText: "单位资料已保存。" })).toBeVisible();

  // Instance B drops its copy on A's notification and renders the new profile.
  await expect
    .poll(async () => (await load(instanceB, path)).html.includes(intro), { timeout: 2_000, intervals: [50] })
    .toBe(true);
  expect((await load(instanceA, path)).html).toContain(intro);
  // …and B keeps the fresh page in its cache again.
  await expect.poll(async () => (await load(instanceB, path)).cache).toBe("HIT");
  expect((await load(instanceB, path)).html).toContain(intro);
});

test("an unknown unit is answered 404 every time and never kept in the cache", async () => {
  const path = `/units/no-such-unit-${Date.now()}`;
  for (let i = 0; i < 2; i++) {
    const response = await load(instanceB, path);
    expect(response.status).toBe(404);
    expect(response.cache).not.toBe("HIT");
  }
});
