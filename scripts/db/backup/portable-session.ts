// Catalog reads and session settings shared by the portable backup and restore.
import type pg from "pg";
import type { ColumnInfo } from "./portable-format";

/**
 * Fixed output and input styles on both sides, so a row's text means the same when it is read
 * back whatever the server's or role's defaults are (as pg_dump does): ISO dates, UTC, hex bytea,
 * floats with every digit.
 */
export async function setStableTextFormats(client: pg.Client): Promise<void> {
  await client.query(
    "SET DateStyle = ISO, YMD; SET IntervalStyle = postgres; SET TimeZone = 'UTC'; " +
      "SET extra_float_digits = 3; SET bytea_output = hex",
  );
}

/** Ordinary tables of the public schema → their columns in order (what record text lists). */
export async function publicTables(client: pg.Client): Promise<Map<string, ColumnInfo[]>> {
  const { rows } = await client.query<{ table: string; name: string; type: string }>(`
    SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = 'public' AND c.relkind = 'r'
    ORDER BY c.relname, a.attnum`);
  const tables = new Map<string, ColumnInfo[]>();
  for (const row of rows) {
    const columns = tables.get(row.table) ?? [];
    columns.push({ name: row.name, type: row.type });
    tables.set(row.table, columns);
  }
  return tables;
}

/** Sequences of the public schema (the serial ids). */
export async function publicSequences(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`);
  return rows.map((row) => row.name);
}
