// Recognising what a crash left behind in a data directory: a stale postmaster.pid, or a server
// still running although the process that started it is gone. Linux only (/proc); elsewhere
// PostgreSQL's own stale-lock detection has to do.
import { existsSync } from "node:fs";
import { readdir, readFile, readlink, realpath, unlink } from "node:fs/promises";
import { join } from "node:path";
import { delay } from "./embedded-support";

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

/** Whether the process that started the server in `dataDir` (see LAUNCHER_FILE) still runs. */
export async function launcherStatus(dataDir: string): Promise<"running" | "gone" | "none"> {
  const text = await readFile(join(dataDir, LAUNCHER_FILE), "utf8").catch(() => undefined);
  if (text === undefined) return "none";
  const pid = Number.parseInt(text, 10);
  return pid > 0 && (await isLive(pid)) ? "running" : "gone";
}

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
