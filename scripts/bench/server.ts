// The production server under test: `npm start`'s server (scripts/serve-next.ts) on the bench's
// database, its output in a log file so the bench's tables stay readable.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import type { Child } from "../lib/child-process";

export function startApp(root: string, databaseUrl: string, port: string, logFile: string): Child {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve-next.ts"], {
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
