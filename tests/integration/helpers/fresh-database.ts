// An extra empty database for tests that need one besides their own migrated database (e.g. to
// apply migrations from scratch), on the server the integration setup provides.
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../../setup/databases";

export interface FreshDatabase {
  name: string;
  /** Connection string of the new database (same server, user and options as the admin URL). */
  url: string;
  /** Drops the database, ending any connection still open to it. Safe to call twice. */
  drop(): Promise<void>;
}

function testAdminUrl(): string {
  const url = process.env.TEST_SERVER_ADMIN_URL;
  if (!url) throw new Error("TEST_SERVER_ADMIN_URL is not set: run this under the integration project");
  return url;
}

/** `prefix` keeps test suites apart on a shared server, e.g. "mig" gives mig_<time>_<random>. */
export async function createFreshDatabase(prefix: string, adminUrl = testAdminUrl()): Promise<FreshDatabase> {
  if (!/^[a-z][a-z0-9_]{0,29}$/.test(prefix)) throw new Error(`Invalid database name prefix "${prefix}"`);
  const name = uniqueDatabaseName(prefix);
  const url = await createDatabase(adminUrl, name);
  return { name, url, drop: () => dropDatabase(adminUrl, name) };
}
