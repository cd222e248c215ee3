// Runs before each integration test file: gives the file its own freshly migrated database and
// points DATABASE_URL (and so lib/core/db.ts) at it.
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./databases";

// Files share their worker (isolate: false): each starts from the environment the worker started
// with, whatever a file before it set and left behind.
const worker = globalThis as { __startEnv?: Record<string, string | undefined> };
worker.__startEnv ??= { ...process.env };
for (const key of Object.keys(process.env)) if (!(key in worker.__startEnv)) delete process.env[key];
Object.assign(process.env, worker.__startEnv);

const adminUrl = inject("testServerAdminUrl");
const name = uniqueDatabaseName("rz_test");
process.env.DATABASE_URL = await createDatabase(adminUrl, name, inject("testTemplateDatabase"));
process.env.TEST_SERVER_ADMIN_URL = adminUrl;

afterAll(async () => {
  const cached = (globalThis as { db?: { $disconnect(): Promise<void> } }).db;
  await cached?.$disconnect();
  // The next file in this worker (isolate: false) makes a client for its own database.
  delete (globalThis as { db?: unknown }).db;
  await dropDatabase(adminUrl, name);
});
