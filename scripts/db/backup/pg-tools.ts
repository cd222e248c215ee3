// Finding pg_dump / pg_restore whose version suits the server. pg_dump refuses a server of a
// newer major version than itself (pg_dump 15 cannot dump PostgreSQL 18, the embedded server),
// and dumps older servers fine; so the right tool is the same major version, else the oldest
// newer one. Candidates: PG_BIN_DIR, the embedded server's own binaries, Debian's
// /usr/lib/postgresql/<major>/bin, then PATH.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { promisify } from "node:util";
import { withClient } from "../server-utils";
import { pgBinaries } from "../embedded-support";
import { MigrationError } from "../errors";

const run = promisify(execFile);

export type Tool = { path: string; major: number };

/** The tool for a server of `serverMajor`: the same major, else the oldest newer one. */
export function chooseTool(tools: readonly Tool[], serverMajor: number): Tool | undefined {
  return [...tools].filter((tool) => tool.major >= serverMajor).sort((a, b) => a.major - b.major)[0];
}

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → 15 */
export function parseMajor(versionOutput: string): number | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : undefined;
}

async function candidateDirs(): Promise<string[]> {
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  const embedded = await pgBinaries().catch(() => undefined);
  if (embedded) dirs.push(dirname(embedded.postgres));
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) dirs.push(...readdirSync(debian).map((major) => join(debian, major, "bin")));
  dirs.push(...(process.env.PATH ?? "").split(delimiter).filter(Boolean));
  return [...new Set(dirs)];
}

export async function findTool(name: "pg_dump" | "pg_restore", serverMajor: number): Promise<Tool> {
  const tools: Tool[] = [];
  for (const dir of await candidateDirs()) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const { stdout } = await run(path, ["--version"]).catch(() => ({ stdout: "" }));
    const major = parseMajor(stdout);
    if (major !== undefined) tools.push({ path, major });
  }
  const tool = chooseTool(tools, serverMajor);
  if (tool) return tool;
  const found = tools.map((t) => `${t.path} (${t.major})`).join(", ") || "none";
  throw new MigrationError(
    `no ${name} for PostgreSQL ${serverMajor} found (found: ${found}); ${name} must be version ` +
      `${serverMajor} or newer. Install the PostgreSQL ${serverMajor} client tools ` +
      `(e.g. apt install postgresql-client-${serverMajor}) or set PG_BIN_DIR to their bin folder.`,
  );
}

/** The server's major version (server_version_num 150020 → 15). */
export async function serverMajor(url: string): Promise<number> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v"),
  );
  return Math.floor(Number(rows[0]!.v) / 10_000);
}

/**
 * The connection for a pg tool without the password on its command line (visible to every
 * local user in the process list): the URL without it, the password in PGPASSWORD.
 */
export function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

export async function runTool(tool: Tool, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await run(tool.path, args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new MigrationError(`${tool.path.split("/").pop()} failed: ${stderr || (error as Error).message}`);
  }
}
