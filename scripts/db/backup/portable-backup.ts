// Writing a portable backup (see portable-format.ts) with nothing but a database connection.
// Everything is read in one REPEATABLE READ READ ONLY transaction: one snapshot, like pg_dump, so
// the backup is consistent while the portal keeps writing.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { withClient } from "../server-utils";
import {
  ident,
  nextFetchSize,
  PORTABLE_FORMAT,
  PORTABLE_VERSION,
  rowLine,
  type PortableHeader,
  type SequenceState,
  type TableInfo,
} from "./portable-format";
import { publicSequences, publicTables, setStableTextFormats } from "./portable-session";

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows: exists } = await client.query<{ t: string | null }>(
    `SELECT to_regclass('public."_prisma_migrations"')::text AS t`,
  );
  if (!exists[0]!.t) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

async function readHeader(client: pg.Client): Promise<PortableHeader> {
  const tables: TableInfo[] = [];
  for (const [name, columns] of await publicTables(client)) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ONLY ${ident(name)}`);
    tables.push({ name, columns, rows: Number(rows[0]!.n) });
  }
  const sequences: SequenceState[] = [];
  for (const name of await publicSequences(client)) {
    // A sequence is not rolled back with the snapshot: its current state is at least as far as
    // any id in the rows read, which is what a restore needs.
    const { rows } = await client.query<{ v: string; called: boolean }>(
      `SELECT last_value::text AS v, is_called AS called FROM ${ident(name)}`,
    );
    sequences.push({ name, lastValue: rows[0]!.v, isCalled: rows[0]!.called });
  }
  const { rows: version } = await client.query<{ v: string }>("SHOW server_version");
  return {
    format: PORTABLE_FORMAT,
    version: PORTABLE_VERSION,
    createdAt: new Date().toISOString(),
    server: version[0]!.v,
    migrations: await appliedMigrations(client),
    tables,
    sequences,
  };
}

/** The lines of the backup, read through a cursor so no table is ever held in memory whole. */
async function* backupLines(client: pg.Client): AsyncGenerator<string> {
  const header = await readHeader(client);
  yield `${JSON.stringify(header)}\n`;
  for (const table of header.tables) {
    yield `${JSON.stringify({ table: table.name, rows: table.rows })}\n`;
    await client.query(
      `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT t::text AS r FROM ONLY ${ident(table.name)} t`,
    );
    let size = nextFetchSize(0, 0);
    for (;;) {
      const { rows } = await client.query<{ r: string }>(`FETCH ${size} FROM backup_rows`);
      if (rows.length === 0) break;
      let bytes = 0;
      let chunk = "";
      for (const { r } of rows) {
        bytes += r.length;
        chunk += `${rowLine(r)}\n`;
      }
      yield chunk;
      size = nextFetchSize(rows.length, bytes);
    }
    await client.query("CLOSE backup_rows");
  }
}

/** Writes the whole database's public schema to `file` (gzip'd JSON lines). */
export async function writePortableBackup(url: string, file: string): Promise<void> {
  await withClient(url, async (client) => {
    await setStableTextFormats(client);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await pipeline(
      Readable.from(backupLines(client)),
      createGzip(),
      createWriteStream(file, { mode: 0o600 }),
    );
    await client.query("COMMIT");
  });
}
