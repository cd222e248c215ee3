// Playwright's web server: a fresh database with the demo data and the production build
// (`npm run build` runs before Playwright), on E2E_PORT. Stops everything on SIGTERM/SIGINT.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, rmSync, writeFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { applyMigrations } from "../../../scripts/db/migrations";
import { terminate, type Child } from "../../../scripts/lib/child-process";
import { seedDemoData } from "../../../prisma/seed";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../../setup/databases";
import { provideTestServer } from "../../setup/test-database";
import { databaseUrlFile } from "./database";
import { addE2eFixtures } from "./fixtures";
import { serverLogPath } from "./server-log";
import { serverEntry } from "../../../scripts/lib/server-bundle";

const port = process.env.E2E_PORT ?? "3210";
const server = await provideTestServer();
const name = uniqueDatabaseName("rz_e2e");
let app: Child | undefined;

async function shutdown(code: number): Promise<never> {
  if (app) await terminate(app);
  await dropDatabase(server.adminUrl, name).catch(() => {});
  await server.stop();
  process.exit(code);
}
process.once("SIGTERM", () => void shutdown(0));
process.once("SIGINT", () => void shutdown(0));

/** The app's output goes to the console and to a log that the teardown checks for errors. */
function startLoggedApp(databaseUrl: string): Child {
  const log = createWriteStream(serverLogPath);
  const child = spawn(
    process.execPath,
    // The production server of `npm start`, which stamps the socket address for rate limits.
    [serverEntry(process.cwd())],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: port,
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        DEMO_MODE: "1",
        // One process: the cache specs read a page's second request as that process's HIT.
        WEB_CONCURRENCY: "1",
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      },
    },
  );
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      log.write(chunk);
    });
  }
  const exited = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
  return { process: child, exited };
}

try {
  const url = await createDatabase(server.adminUrl, name);
  await applyMigrations(url);
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  await seedDemoData(client);
  // `npm run check:weight` measures the pages with the demo data alone (issue 14's budgets).
  if (!process.env.DEMO_DATA_ONLY) await addE2eFixtures(client);
  writeFileSync(databaseUrlFile, url);
  await client.$disconnect();
  // Cached public pages (ISR) outlive the server in the build's folder; rendered from another
  // database (an earlier run, a manual `npm start`), they would hide this run's fixtures.
  rmSync(".next/server/route-cache", { recursive: true, force: true });
  app = startLoggedApp(url);
  const code = await app.exited;
  await shutdown(code);
} catch (error) {
  console.error(error);
  await shutdown(1);
}
