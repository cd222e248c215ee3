// Backing up and restoring the portal's database: with pg_dump's custom format when a pg_dump
// fit for the server is installed, else with the portable format (portable-*.ts), which needs only
// a connection. Either is one consistent snapshot (a single repeatable-read transaction), so it
// can be taken while the portal runs.
import { existsSync } from "node:fs";
import { chmod, mkdir, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { withClient } from "../server-utils";
import { MigrationError } from "../errors";
import { findTool, runTool, serverMajor, toolConnection, type Tool } from "./pg-tools";
import { writePortableBackup } from "./portable-backup";
import { isPortableBackup } from "./portable-file";
import { restorePortableBackup } from "./portable-restore";

/** `auto`: pg_dump when one fits the server, else portable. */
export type BackupFormat = "auto" | "pg_dump" | "portable";

const EXTENSIONS = { pg_dump: "dump", portable: "jsonl.gz" } as const;

/** backups/<database>-2026-12-02T0815Z.dump: sorts by date, one per minute and database. */
export function backupFileName(database: string, now: Date, extension = "dump"): string {
  const stamp = now.toISOString().slice(0, 16).replace(/:/g, "");
  return `${database.replace(/[^A-Za-z0-9_-]/g, "_")}-${stamp}Z.${extension}`;
}

/** pg_dump for the server, or undefined when `auto` has to fall back to the portable format. */
async function chooseDumpTool(url: string, format: BackupFormat): Promise<Tool | undefined> {
  if (format === "portable") return undefined;
  const found = findTool("pg_dump", await serverMajor(url));
  return format === "pg_dump" ? found : found.catch(() => undefined);
}

export async function backupDatabase(
  url: string,
  dir: string,
  now = new Date(),
  format: BackupFormat = "auto",
): Promise<string> {
  const tool = await chooseDumpTool(url, format);
  await mkdir(dir, { recursive: true });
  const database = new URL(url).pathname.slice(1) || "postgres";
  const extension = EXTENSIONS[tool ? "pg_dump" : "portable"];
  const file = resolve(join(dir, backupFileName(database, now, extension)));
  // Written under a temporary name first: a failed or interrupted dump never looks like a backup.
  const partial = `${file}.partial`;
  const { dbname, env } = toolConnection(url);
  try {
    if (tool) await runTool(tool, ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], env);
    else await writePortableBackup(url, partial);
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
  const { rows } = await withClient(url, (client) =>
    client.query<{ n: string }>(`
      SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`),
  );
  return Number(rows[0]!.n);
}

/**
 * Restores a backup (either format, told apart by its first bytes) into the database at `url`,
 * which must be empty unless `force` (then what is there is dropped first). All or nothing.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<void> {
  if (!existsSync(file)) throw new MigrationError(`no backup file ${file}`);
  const existing = await userRelationCount(url);
  if (existing > 0 && !options.force) {
    throw new MigrationError(
      `the target database is not empty (${existing} tables, views or sequences); restore into an ` +
        "empty database, or add --force to replace its contents",
    );
  }
  if (await isPortableBackup(file)) return restorePortableBackup(url, resolve(file), existing > 0);
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
