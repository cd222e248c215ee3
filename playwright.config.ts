import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium: Playwright cannot download its own browsers on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const desktopViewport = { width: 1280, height: 900 };
const broadcastSpecs = /rotation-.*\.spec\.ts$/;
// Journeys that are about the phone itself (its menus, a 360 px screen, the lead's whole year on
// a phone) run in the phone project only: a desktop run would repeat minutes for no new check,
// and the stateful ones (a commitment reviewed, a message read, the seeded item claimed, the
// seeded activity reported) share one record.
const phoneOnlySpecs =
  /(navigation|lead-journey|commitments|honest-states|report|claim-join|cache-revalidation)\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // The app server's one thread is the bottleneck on two cores: four workers took as long as two
  // and timed out more. E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalTeardown: "./tests/e2e/support/global-teardown.ts",
  // A fresh database with demo data and the production build, started and stopped per run.
  webServer: {
    command: `npx tsx tests/e2e/support/serve.ts`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    // Phone-sized runs only for specs tagged @phone, to keep the suite fast.
    {
      name: "phone",
      grep: /@phone/,
      testIgnore: broadcastSpecs,
      use: { ...devices["Pixel 7"], launchOptions },
    },
    // Specs tagged @phone run on the phone only: the journeys there are the phone's, and the
    // request-level checks among them (headers, feeds, cache states) do not depend on the screen.
    {
      name: "desktop",
      grepInvert: /@phone/,
      testIgnore: [broadcastSpecs, phoneOnlySpecs],
      use: { viewport: desktopViewport, launchOptions },
    },
    // Specs that notify every member unit (publishing a rotation) run after the others, so
    // specs that count a demo unit's unread messages never see their notifications.
    {
      name: "broadcast",
      testMatch: broadcastSpecs,
      dependencies: ["phone", "desktop"],
      use: { viewport: desktopViewport, launchOptions },
    },
  ],
});
