// The embedded PostgreSQL server behind `npm start` and the test suite: it must start as root,
// keep its data between starts and recover from crashes (a stale postmaster.pid).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/db/embedded-server";
import {
  maintenanceUrl,
  provideTestServer,
  sweepAbandonedServers,
  TEST_SERVER_DIR_PREFIX,
} from "@/tests/setup/test-database";

const TIMEOUT = 120_000;
const root = fileURLToPath(new URL("../../../..", import.meta.url));

let dir = "";
let running: EmbeddedServer | undefined;
const dataDir = () => join(dir, "data");

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function start(): Promise<EmbeddedServer> {
  running = await startEmbeddedPostgres({ dataDir: dataDir(), port: await findFreePort() });
  return running;
}

async function stop(server: EmbeddedServer) {
  await server.stop();
  running = undefined;
}

const postmasterPid = async () =>
  Number.parseInt((await readFile(join(dataDir(), "postmaster.pid"), "utf8")).split("\n")[0] ?? "", 10);

/** Whether the process exists and is not a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const procStat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
  return !/^\d+ \(.*\) Z/s.test(procStat);
}

/**
 * Starts a server on `data` from a separate process and kills that process with SIGKILL, as a
 * crashed `npm start` or an interrupted test run would be; returns the postmaster's PID.
 */
async function startInKilledLauncher(data: string): Promise<number> {
  const serverModule = join(root, "scripts", "db", "embedded-server.ts");
  const code =
    `const { startEmbeddedPostgres } = await import(${JSON.stringify(serverModule)});` +
    `await startEmbeddedPostgres({ dataDir: ${JSON.stringify(data)}, port: ${await findFreePort()} });` +
    `console.log("READY"); setInterval(() => {}, 1000);`;
  const launcher = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    launcher.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("READY") && resolve());
    launcher.once("exit", (exitCode) => reject(new Error(`launcher exited early (${exitCode})`)));
  });
  const pid = Number.parseInt(
    (await readFile(join(data, "postmaster.pid"), "utf8")).split("\n")[0] ?? "",
    10,
  );
  launcher.kill("SIGKILL");
  await new Promise((resolve) => launcher.once("exit", resolve));
  return pid;
}

beforeAll(async () => {
  // The suite's own prefix, so that sweepAbandonedServers() also cleans up after interrupted runs.
  dir = await mkdtemp(join(tmpdir(), TEST_SERVER_DIR_PREFIX));
  await chmod(dir, 0o755); // as root the server runs as `postgres`, which must enter the directory
});

afterAll(async () => {
  await running?.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe.sequential("embedded PostgreSQL", () => {
  it(
    "initialises a new directory and answers queries, on 127.0.0.1 only",
    async () => {
      const server = await start();
      expect(server.initialised).toBe(true);
      expect(await query(server.url, "select 1 as one")).toEqual([{ one: 1 }]);
      expect(await query(server.url, "show listen_addresses")).toEqual([{ listen_addresses: "127.0.0.1" }]);
      expect(await query(server.url, "show server_encoding")).toEqual([{ server_encoding: "UTF8" }]);
      if (process.getuid?.() === 0) expect((await stat(dataDir())).uid).not.toBe(0); // runs as `postgres`
      await query(server.url, "create table kept (note text); insert into kept values ('before restart')");
      await stop(server);
    },
    TIMEOUT,
  );

  it(
    "keeps the data when started again on the same directory",
    async () => {
      const server = await start();
      expect(server.initialised).toBe(false);
      expect(await query(server.url, "select note from kept")).toEqual([{ note: "before restart" }]);
      await stop(server);
    },
    TIMEOUT,
  );

  it(
    "starts after the server was killed with SIGKILL (stale postmaster.pid)",
    async () => {
      const killed = await start();
      const pid = await postmasterPid();
      process.kill(pid, "SIGKILL");
      running = undefined;
      expect(existsSync(join(dataDir(), "postmaster.pid"))).toBe(true);

      const server = await start();
      expect(await postmasterPid()).not.toBe(pid);
      expect(await query(server.url, "select note from kept")).toEqual([{ note: "before restart" }]);
      await killed.stop(); // already dead: must not hang or throw
      await stop(server);
    },
    TIMEOUT,
  );

  it(
    "takes over a server left running by a launcher that was killed with SIGKILL",
    async () => {
      const orphan = await startInKilledLauncher(dataDir());
      expect(isAlive(orphan)).toBe(true); // the server outlives its launcher

      const server = await start();
      expect(await postmasterPid()).not.toBe(orphan);
      expect(await query(server.url, "select note from kept")).toEqual([{ note: "before restart" }]);
      await stop(server);
    },
    TIMEOUT,
  );
});

describe("provideTestServer", () => {
  it("derives the maintenance database URL from a given server URL", () => {
    expect(maintenanceUrl("postgresql://u:p@db.example:5432/app?sslmode=require")).toBe(
      "postgresql://u:p@db.example:5432/postgres?sslmode=require",
    );
  });

  it(
    "starts a throwaway embedded server when no server URL is configured",
    async () => {
      const saved = { test: process.env.TEST_DATABASE_URL, main: process.env.DATABASE_URL };
      delete process.env.TEST_DATABASE_URL;
      delete process.env.DATABASE_URL;
      try {
        const server = await provideTestServer();
        expect(await query(server.adminUrl, "select current_database() as db")).toEqual([{ db: "postgres" }]);
        await server.stop();
      } finally {
        if (saved.test !== undefined) process.env.TEST_DATABASE_URL = saved.test;
        if (saved.main !== undefined) process.env.DATABASE_URL = saved.main;
      }
    },
    TIMEOUT,
  );

  it(
    "sweeps away the servers and directories of interrupted runs",
    async () => {
      const abandoned = await mkdtemp(join(tmpdir(), TEST_SERVER_DIR_PREFIX));
      await chmod(abandoned, 0o755);
      const orphan = await startInKilledLauncher(join(abandoned, "data"));
      await sweepAbandonedServers();
      expect(existsSync(abandoned)).toBe(false);
      expect(isAlive(orphan)).toBe(false);
    },
    TIMEOUT,
  );
});
