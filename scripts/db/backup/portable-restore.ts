// Restoring a portable backup: check the whole file, rebuild the schema with this code base's own
// migrations (only those the backup names), then load the rows (portable-load.ts). If anything
// fails after the database was touched, the public schema is emptied again: the database ends
// either fully restored or empty, never half-restored.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations } from "../migrations";
import { withClient } from "../server-utils";
import { checkBackupFile, openBackup } from "./portable-file";
import { migrationsToApply } from "./portable-format";
import { loadBackup } from "./portable-load";

const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../prisma/migrations");

/**
 * Drops everything in the public schema and recreates it with the same owner and grants, which a
 * plain DROP SCHEMA … CASCADE would lose (PostgreSQL 15+ gives it to pg_database_owner).
 */
export async function emptyPublicSchema(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query("BEGIN");
    const { rows: owner } = await client.query<{ owner: string }>(
      "SELECT nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname = 'public'",
    );
    const { rows: grants } = await client.query<{ grantee: string; privilege: string }>(`
      SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END AS grantee,
             a.privilege_type AS privilege
      FROM pg_namespace n, aclexplode(n.nspacl) a WHERE n.nspname = 'public'`);
    await client.query("DROP SCHEMA IF EXISTS public CASCADE");
    await client.query(`CREATE SCHEMA public${owner[0] ? ` AUTHORIZATION ${owner[0].owner}` : ""}`);
    for (const { grantee, privilege } of grants) {
      await client.query(`GRANT ${privilege} ON SCHEMA public TO ${grantee}`);
    }
    await client.query("COMMIT");
  });
}

/** Applies exactly the named migrations, from a folder holding only them. */
async function applyNamedMigrations(url: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const dir = await mkdtemp(join(tmpdir(), "rz-restore-migrations-"));
  try {
    await cp(join(MIGRATIONS_DIR, "migration_lock.toml"), join(dir, "migration_lock.toml"));
    for (const name of names) await cp(join(MIGRATIONS_DIR, name), join(dir, name), { recursive: true });
    await applyMigrations(url, { migrationsDir: dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function restorePortableBackup(url: string, file: string, replace: boolean): Promise<void> {
  // Everything that can be checked without the database is, before the database is touched.
  const header = await checkBackupFile(file);
  const available = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const migrations = migrationsToApply(header.migrations, available);

  if (replace) await emptyPublicSchema(url);
  try {
    await applyNamedMigrations(url, migrations);
    const { body } = await openBackup(file);
    await withClient(url, (client) => loadBackup(client, header, body));
  } catch (error) {
    await emptyPublicSchema(url).catch(() => {});
    throw error;
  }
}
