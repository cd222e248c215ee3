// `npm start`: runs the portal on a bare machine with one command.
//
// 1. Database: DATABASE_URL if set, otherwise an embedded PostgreSQL with its data under
//    $DATA_DIR/postgres (DATA_DIR defaults to .data in the repository), database `runzhou`.
// 2. Applies the migrations; loads the demo data on the embedded server's first start only
//    (with DATABASE_URL only when SEED_DEMO=1).
// 3. Builds the app when there is no production build or the sources changed since.
// 4. Serves it with scripts/serve-next.ts as the build compiled it (Next's handler behind
//    node:http, which stamps the caller's socket address for rate limits, see TRUSTED_PROXIES)
//    on $PORT (default 3000; $HOST, if set, is the interface to listen on).
// Ctrl-C / SIGTERM stop Next, then PostgreSQL, and exit 0. If Next dies, PostgreSQL is stopped
// and we exit with Next's code.
//
// START_SKIP_SERVE=1 stops after step 2 (migrate + seed), without building or serving: used to
// check the database part on its own, e.g. in CI or after changing migrations.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDatabase, pickPort, startEmbeddedPostgres, withDatabase } from "./db/embedded-server";
import type { EmbeddedServer } from "./db/embedded-server";
import { applyMigrations } from "./db/migrations";
import { checkBuild } from "./lib/build-check";
import { buildServer, serverEntry } from "./lib/server-bundle";
import { startChild, terminate, waitUntilServing, type Child } from "./lib/child-process";
import { seedIfNeeded } from "./lib/demo-data";
import { readOrCreateSecret } from "./lib/secret-file";
import { startHourlyReminders } from "./lib/hourly-reminders";
import { ADMIN_LOGIN, DEMO_PASSWORD, SEED_UNITS } from "../prisma/seed/index";

const root = fileURLToPath(new URL("..", import.meta.url));
const dataRoot = resolve(root, process.env.DATA_DIR || ".data");
const nextBin = join(root, "node_modules", ".bin", "next");
const DATABASE_NAME = "runzhou";
const EMBEDDED_PORT = 5433;

const say = (message: string) => console.log(`[start] ${message}`);

let server: EmbeddedServer | undefined;
let serverStarting: Promise<EmbeddedServer> | undefined;
let child: Child | undefined; // next build or the server
let shuttingDown = false;
let stopReminders: (() => void) | undefined;

/** Stops Next (if running) and then PostgreSQL (if we started it), and exits. */
async function shutdown(exitCode: number): Promise<never> {
  shuttingDown = true;
  stopReminders?.();
  if (child) await terminate(child);
  const pg = server ?? (await serverStarting?.catch(() => undefined));
  if (pg) {
    say("stopping PostgreSQL…");
    await pg.stop().catch((error: unknown) => console.error(error));
  }
  process.exit(exitCode);
}

/** Awaits a step; once a shutdown has begun the main flow just stops here (shutdown exits). */
async function step<T>(promise: Promise<T>): Promise<T> {
  const value = await promise;
  if (shuttingDown) await new Promise(() => {});
  return value;
}

function parsePort(value: string | undefined, fallback: number): number {
  const port = Number(value ?? fallback);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Invalid PORT: ${value}`);
  return port;
}

async function main() {
  const port = parsePort(process.env.PORT, 3000);
  const embedded = !process.env.DATABASE_URL;
  let databaseUrl = process.env.DATABASE_URL ?? "";

  if (embedded) {
    say(`starting embedded PostgreSQL (data in ${join(dataRoot, "postgres")})…`);
    const started = Date.now();
    const pgPort = process.env.EMBEDDED_PG_PORT
      ? parsePort(process.env.EMBEDDED_PG_PORT, EMBEDDED_PORT)
      : await pickPort(EMBEDDED_PORT);
    serverStarting = startEmbeddedPostgres({
      dataDir: join(dataRoot, "postgres"),
      port: pgPort,
      persistent: true,
    });
    server = await step(serverStarting);
    await step(ensureDatabase(server.url, DATABASE_NAME));
    databaseUrl = withDatabase(server.url, DATABASE_NAME);
    const what = server.initialised ? "created a new cluster" : "reusing existing data";
    say(`PostgreSQL ready on 127.0.0.1:${pgPort}, ${what} (${Date.now() - started} ms)`);
  }

  const applied = await step(applyMigrations(databaseUrl));
  say(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");

  const policy = embedded
    ? {
        mode: "embedded" as const,
        marker: join(dataRoot, "seeded"),
        freshCluster: server?.initialised ?? false,
      }
    : { mode: "external" as const, requested: process.env.SEED_DEMO === "1" };
  say(await step(seedIfNeeded(databaseUrl, policy)));
  const demo = embedded || process.env.SEED_DEMO === "1";

  if (process.env.START_SKIP_SERVE === "1") {
    say("START_SKIP_SERVE=1: database ready, not building or serving");
    return shutdown(0);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET:
      process.env.NEXTAUTH_SECRET || (await step(readOrCreateSecret(join(dataRoot, "auth-secret")))),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    CRON_SECRET: process.env.CRON_SECRET || (await step(readOrCreateSecret(join(dataRoot, "cron-secret")))),
    // Shows the demo logins on the sign-in page, only where the demo data was loaded.
    ...(demo ? { DEMO_MODE: "1" } : {}),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  const build = await step(checkBuild(root));
  if (build.needed) {
    say(`building the app (${build.reason}); this takes a minute or two…`);
    child = startChild(nextBin, ["build"], env);
    const code = await step(child.exited);
    child = undefined;
    if (code !== 0)
      throw Object.assign(new Error(`next build failed (exit code ${code})`), { exitCode: code });
    await step(buildServer(root));
  }

  const host = process.env.HOST;
  child = startChild(process.execPath, [serverEntry(root)], {
    ...env,
    NODE_ENV: "production",
    PORT: String(port),
    ...(host ? { HOST: host } : {}),
  });
  const next = child;
  void next.exited.then(async (code) => {
    // A Ctrl-C reaches Next and us at the same moment; give our signal handler a chance to run
    // first so that a requested stop is not reported as a crash.
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (shuttingDown) return;
    say(`Next exited unexpectedly (code ${code}); stopping PostgreSQL`);
    await shutdown(code);
  });

  const wildcard = !host || host === "0.0.0.0" || host === "::";
  const probeHost = wildcard ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  const url = `http://${wildcard ? "localhost" : probeHost}:${port}`;
  if (!(await step(waitUntilServing(`http://${probeHost}:${port}/`, next)))) {
    // Either Next exited (handled above) or it is unusually slow; it keeps starting regardless.
    if (next.process.exitCode === null && next.process.signalCode === null)
      say(`Next has not answered on ${url} yet; still waiting for it`);
    return;
  }
  stopReminders = startHourlyReminders(`http://${probeHost}:${port}`, env.CRON_SECRET!, say);
  console.log("");
  console.log(`  润州区青工委门户已启动 · Runzhou Youth Work Committee portal is running: ${url}`);
  if (demo) {
    const example = SEED_UNITS.find((u) => u.slug === "china-post-zhenjiang") ?? SEED_UNITS[0];
    console.log(`  演示账号密码均为 · every demo password is: ${DEMO_PASSWORD}`);
    console.log(`  管理员 · admin login: ${ADMIN_LOGIN}`);
    console.log(
      `  单位书记 · unit secretaries: the unit's slug, e.g. ${example?.slug ?? "china-post-zhenjiang"}`,
    );
  }
  console.log("  按 Ctrl-C 停止 · press Ctrl-C to stop");
  console.log("");
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (shuttingDown) return; // a second Ctrl-C while stopping: keep stopping cleanly
    say(`${signal}: stopping…`);
    void shutdown(0);
  });
}

main().catch(async (error: unknown) => {
  if (shuttingDown) return;
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  const code = (error as { exitCode?: unknown }).exitCode;
  await shutdown(typeof code === "number" && code > 0 ? code : 1);
});
