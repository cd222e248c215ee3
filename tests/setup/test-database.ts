// The PostgreSQL server the test suite runs against.
//
// CI (or a developer) points TEST_DATABASE_URL or DATABASE_URL at a real server; otherwise an
// embedded server is started in a throwaway directory. We deliberately never probe
// 127.0.0.1:5432: a local server there may belong to something else, and silently using (and
// creating databases on) it would surprise people. CI sets DATABASE_URL when it has a server.
import { chmod, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  findFreePort,
  launcherStatus,
  startEmbeddedPostgres,
  stopOrphanedServer,
  withDatabase,
} from "../../scripts/db/embedded-server";

/** Prefix of the throwaway server directories in os.tmpdir(). */
export const TEST_SERVER_DIR_PREFIX = "runzhou-test-pg-";
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

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

  await sweepAbandonedServers();
  const dir = await mkdtemp(join(tmpdir(), TEST_SERVER_DIR_PREFIX));
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

/**
 * Removes what interrupted test runs left behind. Ctrl-C skips Vitest's teardown, and the server
 * survives it (pg_ctl detaches it from the terminal), so without this every interrupted run
 * would leave a running PostgreSQL and a directory in /tmp. A directory whose launcher still
 * runs belongs to a concurrent run; one without a launcher file may be starting right now, so it
 * only counts as abandoned after an hour.
 */
export async function sweepAbandonedServers(): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(TEST_SERVER_DIR_PREFIX))) {
    const dir = join(tmpdir(), name);
    try {
      const launcher = await launcherStatus(join(dir, "data"));
      if (launcher === "running") continue;
      if (launcher === "none" && Date.now() - (await stat(dir)).mtimeMs < ABANDONED_AFTER_MS) continue;
      await stopOrphanedServer(join(dir, "data"));
      await rm(dir, { recursive: true, force: true });
    } catch {
      // In use after all, or already gone: leave it.
    }
  }
}
