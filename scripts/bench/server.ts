// The production server under test: `npm start`'s server (scripts/serve-next.ts) on the bench's
// database, its output in a log file so the bench's tables stay readable.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import type { Child } from "../lib/child-process";
import { serverEntry } from "../lib/server-bundle";

/**
 * BENCH_CPU_PROF=<folder> runs the server under V8's sampling profiler; it writes a .cpuprofile
 * there when the bench stops it (summarise with `npx tsx scripts/bench/profile.ts <file>`).
 */
function profilerArgs(): string[] {
  const folder = process.env.BENCH_CPU_PROF;
  return folder ? ["--cpu-prof", `--cpu-prof-dir=${folder}`] : [];
}

export function startApp(root: string, databaseUrl: string, port: string, logFile: string): Child {
  const log = createWriteStream(logFile);
  const args = [...profilerArgs(), serverEntry(root)];
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: port,
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
  return { process: child, exited };
}
