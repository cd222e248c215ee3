// Small PostgreSQL connection helpers for `npm start` and the tests (re-exported by embedded-server.ts).
import { createServer } from "node:net";
import pg from "pg";

/** The same server URL pointing at another database (query parameters such as sslmode kept). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Runs `run` on a fresh connection to `url`, always closing it afterwards. */
export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` on the server of `url` unless it exists; true when it was created. */
export async function ensureDatabase(url: string, name: string): Promise<boolean> {
  return withClient(withDatabase(url, "postgres"), async (client) => {
    try {
      const existing = await client.query("select 1 from pg_database where datname = $1", [name]);
      if (existing.rowCount) return false;
      await client.query(`create database ${client.escapeIdentifier(name)}`);
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === "42P04") return false; // created concurrently
      throw error;
    }
  });
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const chosen = typeof address === "object" && address ? address.port : port;
      server.close(() => resolvePort(chosen));
    });
  });
}

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). */
export const findFreePort = (): Promise<number> => listenOnce(0);

/** `preferred` when it is free, otherwise any free port. */
export async function pickPort(preferred: number): Promise<number> {
  return listenOnce(preferred).catch(() => findFreePort());
}
