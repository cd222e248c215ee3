// Creates a uniquely named, empty database on the test PostgreSQL server and drops it afterwards,
// so integration tests never share state with each other or with a developer's database.
// The server comes from TEST_DATABASE_ADMIN_URL (a URL whose user may CREATE/DROP DATABASE), else
// from TEST_SERVER_ADMIN_URL (set by tests/setup/database-per-file.ts under the integration
// project), else the local server used on the project's machines.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export function testAdminUrl(): string {
  return process.env.TEST_DATABASE_ADMIN_URL || process.env.TEST_SERVER_ADMIN_URL || DEFAULT_ADMIN_URL;
}

export interface FreshDatabase {
  name: string;
  /** Connection string of the new database (same server, user and options as the admin URL). */
  url: string;
  /** Drops the database, ending any connection still open to it. Safe to call twice. */
  drop(): Promise<void>;
}

async function onServer(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `prefix` keeps test suites apart on a shared server, e.g. "mig" gives mig_<time>_<random>. */
export async function createFreshDatabase(prefix: string, adminUrl = testAdminUrl()): Promise<FreshDatabase> {
  if (!/^[a-z][a-z0-9_]{0,29}$/.test(prefix)) throw new Error(`Invalid database name prefix "${prefix}"`);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await onServer(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // FORCE (PostgreSQL 13+): a test that failed half-way may have left connections open.
  return {
    name,
    url: url.toString(),
    drop: () => onServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
