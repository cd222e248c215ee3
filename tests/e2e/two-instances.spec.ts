import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { databaseUrlFile, withDatabase } from "./support/database";

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
  app = spawn(process.execPath, ["--import", "tsx", "scripts/serve-next.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(portB),
      HOST: "127.0.0.1",
      DATABASE_URL: readFileSync(databaseUrlFile, "utf8").trim(),
      NEXTAUTH_URL: instanceB,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      E2E_TEST_HOOKS: "1",
      MAIL_WORKER: "off",
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

/** What a write action does once its change committed, here on instance A. */
async function revalidateOnA(path: string) {
  const response = await fetch(`${instanceA}/api/test-hooks/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ path }),
  });
  expect(response.status).toBe(200);
}

test("a page revalidated on one instance shows the change on the other within 2 s", async () => {
  // The home page (cached) lists this month's activities: one of them is renamed.
  const path = "/";
  const home = await load(instanceA, path);
  const { id, title } = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: number; title: string }>(
      `SELECT id, title FROM "Activity" ORDER BY id`,
    );
    const shown = rows.find((row) => home.html.includes(`>${row.title}<`));
    if (!shown) throw new Error("the home page shows no activity");
    return shown;
  });
  // Each instance renders the page once, then serves it from its own cache.
  for (const base of [instanceA, instanceB]) {
    expect((await load(base, path)).status).toBe(200);
    expect((await load(base, path)).cache).toBe("HIT");
  }

  const renamed = `${title.slice(0, 100)}（两实例）`;
  const rename = (to: string) =>
    withDatabase((client) => client.query(`UPDATE "Activity" SET title = $1 WHERE id = $2`, [to, id]));
  await rename(renamed);
  try {
    // The database alone changes nothing: both still serve the page they cached.
    for (const base of [instanceA, instanceB]) {
      const cached = await load(base, path);
      expect(cached.cache).toBe("HIT");
      expect(cached.html).not.toContain(renamed);
    }

    await revalidateOnA("/zh-CN");
    await expect
      .poll(async () => (await load(instanceB, path)).html.includes(renamed), {
        timeout: 2_000,
        intervals: [50],
      })
      .toBe(true);
    expect((await load(instanceA, path)).html).toContain(renamed);
    // …and B keeps the fresh page in its cache again.
    expect((await load(instanceB, path)).cache).toBe("HIT");
  } finally {
    await rename(title);
    await revalidateOnA("/zh-CN");
  }
});

test("an unknown unit is answered 404 every time and never kept in the cache", async () => {
  const path = `/units/no-such-unit-${Date.now()}`;
  for (let i = 0; i < 2; i++) {
    const response = await load(instanceB, path);
    expect(response.status).toBe(404);
    expect(response.cache).not.toBe("HIT");
  }
});
