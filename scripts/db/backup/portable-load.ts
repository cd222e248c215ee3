// Loading the rows of a portable backup into a database whose schema the migrations just built:
// one transaction, so either every row, sequence and foreign key is in place or nothing is.
import type pg from "pg";
import { MigrationError } from "../errors";
import type { BodyItem } from "./portable-file";
import { batchFull, ident, schemaDifferences, type PortableHeader } from "./portable-format";
import { publicTables, setStableTextFormats } from "./portable-session";

type ForeignKey = { table: string; name: string; definition: string };

async function foreignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' ORDER BY c.relname, k.conname`);
  return rows;
}

/** Columns a row is inserted into: all but generated ones, which PostgreSQL computes itself. */
async function insertableColumns(client: pg.Client, table: string): Promise<string> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0
     AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [ident(table)],
  );
  return rows.map((row) => ident(row.name)).join(", ");
}

async function insertBatch(client: pg.Client, table: string, columns: string, rows: string[]) {
  // record_in parses each row's text with the column types themselves: nothing is converted in JS.
  await client.query(
    `INSERT INTO ${ident(table)} (${columns}) OVERRIDING SYSTEM VALUE
     SELECT ${columns} FROM unnest($1::${ident(table)}[])`,
    [rows],
  );
}

async function loadRows(client: pg.Client, body: AsyncIterable<BodyItem>): Promise<void> {
  let batch: string[] = [];
  let bytes = 0;
  let columns = "";
  let table = "";
  for await (const item of body) {
    if (item.table !== table) {
      table = item.table;
      columns = await insertableColumns(client, table);
    }
    if ("row" in item) {
      batch.push(item.row);
      bytes += item.row.length;
      if (!batchFull(batch.length, bytes)) continue;
    }
    if (batch.length > 0) await insertBatch(client, table, columns, batch);
    batch = [];
    bytes = 0;
  }
}

async function checkCounts(client: pg.Client, header: PortableHeader): Promise<void> {
  for (const table of header.tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(table.name)}`);
    if (Number(rows[0]!.n) !== table.rows) {
      throw new MigrationError(
        `table ${table.name} has ${rows[0]!.n} rows after the restore, the backup ${table.rows}`,
      );
    }
  }
}

/**
 * Replaces the rows of every table (the migrations may have written some, `_prisma_migrations`
 * certainly) with the backup's, then restores the sequences. Foreign keys are dropped for the
 * load and added back at the end, which checks every reference once: rows can then come in any
 * order, cycles and self-references included, without the superuser rights that
 * `session_replication_role = replica` needs.
 */
export async function loadBackup(
  client: pg.Client,
  header: PortableHeader,
  body: AsyncIterable<BodyItem>,
): Promise<void> {
  await setStableTextFormats(client);
  await client.query("BEGIN");
  try {
    const problems = schemaDifferences(header.tables, await publicTables(client));
    if (problems.length > 0) {
      throw new MigrationError(`the migrations did not rebuild the backup's schema: ${problems.join("; ")}`);
    }
    const keys = await foreignKeys(client);
    for (const key of keys)
      await client.query(`ALTER TABLE ${ident(key.table)} DROP CONSTRAINT ${ident(key.name)}`);
    for (const table of header.tables) await client.query(`DELETE FROM ${ident(table.name)}`);
    await loadRows(client, body);
    for (const key of keys) {
      await client.query(
        `ALTER TABLE ${ident(key.table)} ADD CONSTRAINT ${ident(key.name)} ${key.definition}`,
      );
    }
    for (const sequence of header.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
        ident(sequence.name),
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    await checkCounts(client, header);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
