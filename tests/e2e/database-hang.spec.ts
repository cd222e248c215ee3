import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { serverEntry } from "../../scripts/lib/server-bundle";

// A copy of the production build whose database accepts connections and never answers (a hung
// server, or a pool that never frees a connection): pages must give up within the connect
// timeout and show the friendly error page, not hang.
const port = Number(process.env.E2E_PORT ?? 3210) + 7;
const baseURL = `http://127.0.0.1:${port}`;
let app: ChildProcess;
let blackHole: net.Server;
const sockets = new Set<net.Socket>();

test.beforeAll(async () => {
  blackHole = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => blackHole.listen(0, "127.0.0.1", resolve));
  const dbPort = (blackHole.address() as net.AddressInfo).port;
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
        DATABASE_URL: `postgresql://postgres@127.0.0.1:${dbPort}/silent`,
        DB_CONNECT_TIMEOUT_MS: "1500",
        NEXTAUTH_SECRET: "database-hang-test",
        NEXTAUTH_URL: baseURL,
      },
      stdio: "ignore",
    },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${baseURL}/login`).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the second server did not start");
});

test.afterAll(async () => {
  app.kill("SIGTERM");
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => blackHole.close(resolve));
});

test("while the database never answers, health and pages fail within the connect timeout", async ({
  page,
  request,
}) => {
  let started = Date.now();
  const health = await request.get(`${baseURL}/api/health`);
  expect(health.status()).toBe(503);
  expect(Date.now() - started).toBeLessThan(10_000); // 1.5 s timeout; generous on a busy machine

  started = Date.now();
  await page.goto(`${baseURL}/plan`);
  await expect(page.getByRole("heading", { name: "出了点问题" })).toBeVisible({ timeout: 15_000 });
  expect(Date.now() - started).toBeLessThan(15_000);
  await expect(page.locator("body")).not.toContainText(/timeout exceeded|at .*\.js:\d+|PrismaClient/);
});
