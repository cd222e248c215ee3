// Backing up and restoring the portal's database with pg_dump's custom format. A dump is one
// consistent snapshot (pg_dump reads everything in a single repeatable-read transaction), so it
// can be taken while the portal runs.
import { chmod, mkdir, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import pg from "pg";
import { MigrationError } from "../errors";
import { findTool, runTool, serverMajor, toolConnection } from "./pg-tools";

/** backups/<database>-2026-12-02T0815Z.dump: sorts by date, one per minute and database. */
export function backupFileName(database: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/:/g, "");
  return `${database.replace(/[^A-Za-z0-9_-]/g, "_")}-${stamp}Z.dump`;
}

export async function backupDatabase(url: string, dir: string, now = new Date()): Promise<string> {
  const tool = await findTool("pg_dump", await serverMajor(url));
  await mkdir(dir, { recursive: true });
  const file = resolve(join(dir, backupFileName(new URL(url).pathname.slice(1) || "postgres", now)));
  // Written under a temporary name first: a failed or interrupted dump never looks like a backup.
  const partial = `${file}.partial`;
  const { dbname, env } = toolConnection(url);
  try {
    await runTool(tool, ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], env);
    // Readable by the owner only: it holds personal data and password hashes.
    await chmod(partial, 0o600);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return file;
}

/** Tables, views and sequences outside PostgreSQL's own schemas: an empty database has none. */
export async function userRelationCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`
      SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

/**
 * Restores a dump into the database at `url`, which must be empty unless `force` (then what is
 * there is dropped first). All or nothing: one transaction, stopping at the first error.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<void> {
  const existing = await userRelationCount(url);
  if (existing > 0 && !options.force) {
    throw new MigrationError(
      `the target database is not empty (${existing} tables, views or sequences); restore into an ` +
        "empty database, or add --force to replace its contents",
    );
  }
  const tool = await findTool("pg_restore", await serverMajor(url));
  const { dbname, env } = toolConnection(url);
  const args = [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    `--dbname=${dbname}`,
  ];
  if (existing > 0) args.push("--clean", "--if-exists");
  await runTool(tool, [...args, resolve(file)], env);
}
