// The PostgreSQL server the test suite runs against.
//
// CI (or a developer) points TEST_DATABASE_URL or DATABASE_URL at a real server; otherwise an
// embedded server is started in a throwaway directory. We deliberately never probe
// 127.0.0.1:5432: a local server there may belong to something else, and silently using (and
// creating databases on) it would surprise people. CI sets DATABASE_URL when it has a server.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort, startEmbeddedPostgres, withDatabase } from "../../scripts/db/embedded-server";

export interface TestServer {
  /** Superuser-capable URL of the server's `postgres` maintenance database. */
  adminUrl: string;
  /** Stops an embedded server and deletes its directory; a no-op for an external server. */
  stop(): Promise<void>;
}

/** The maintenance-database URL of the server that `url` points at. */
export const maintenanceUrl = (url: string): string => withDatabase(url, "postgres");

export async function provideTestServer(): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (external) return { adminUrl: maintenanceUrl(external), stop: async () => {} };

  const dir = await mkdtemp(join(tmpdir(), "runzhou-test-pg-"));
  try {
    // mkdtemp makes the directory 0700; as root the server runs as `postgres`, which must enter it.
    await chmod(dir, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir: join(dir, "data"),
      port: await findFreePort(),
      persistent: false,
    });
    return {
      adminUrl: server.url,
      stop: async () => {
        try {
          await server.stop();
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
