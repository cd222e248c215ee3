import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { serverEntry } from "../../scripts/lib/server-bundle";

// A second copy of the production build whose database cannot be reached at all.
const port = Number(process.env.E2E_PORT ?? 3210) + 1;
const baseURL = `http://127.0.0.1:${port}`;
let app: ChildProcess;

test.beforeAll(async () => {
  app = spawn(
    process.execPath,
    // The production server of `npm start` (scripts/serve-next.ts), as the main run uses.
    [serverEntry(process.cwd())],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: "postgresql://postgres@127.0.0.1:1/unreachable",
        NEXTAUTH_SECRET: "database-down-test",
        NEXTAUTH_URL: baseURL,
      },
      stdio: "ignore",
    },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${baseURL}/api/health`).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the second server did not start");
});

test.afterAll(() => {
  app.kill("SIGTERM");
});

test("while the database is down, pages show a friendly error and health says so", async ({
  page,
  request,
}) => {
  const health = await request.get(`${baseURL}/api/health`);
  expect(health.status()).toBe(503);
  expect(await health.json()).toMatchObject({ db: "down" });

  await page.goto(`${baseURL}/plan`);
  await expect(page.getByRole("heading", { name: "出了点问题" })).toBeVisible();
  await expect(page.getByText("请稍后再试", { exact: false })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/ECONNREFUSED|at .*\.js:\d+|PrismaClient/);
});
