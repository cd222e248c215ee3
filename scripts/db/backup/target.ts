// Which database `npm run db:backup` / `db:restore` work on: DATABASE_URL when set, otherwise
// the embedded server's `runzhou` database under DATA_DIR (as `npm start` uses it). A running
// embedded server is used as it is; a stopped one is started for the command and stopped after.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import pg from "pg";
import { requireDatabaseUrl } from "../cli";
import { pickPort, startEmbeddedPostgres, withDatabase } from "../embedded-server";

export type Target = { url: string; close: () => Promise<void> };

const DATABASE_NAME = "runzhou"; // as scripts/start.ts

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function resolveTarget(): Promise<Target> {
  if (process.env.DATABASE_URL?.trim())
    return { url: requireDatabaseUrl("for the backup"), close: async () => {} };
  const dataDir = join(resolve(process.env.DATA_DIR || ".data"), "postgres");
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    throw new Error(`DATABASE_URL is not set and there is no embedded database in ${dataDir}`);
  }
  const password = (await readFile(join(dataDir, "embedded-password"), "utf8")).trim();
  const pid = await readFile(join(dataDir, "postmaster.pid"), "utf8").catch(() => "");
  const runningPort = Number(pid.split("\n")[3]); // postmaster.pid line 4: the port
  if (runningPort > 0) {
    const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${runningPort}/${DATABASE_NAME}`;
    if (await reachable(url)) return { url, close: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir, port: await pickPort(5433), persistent: true });
  return { url: withDatabase(server.url, DATABASE_NAME), close: () => server.stop() };
}
