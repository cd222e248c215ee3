// The portable backup format: a gzip'd file of JSON lines that needs no pg_dump, so a backup
// works on every setup (the embedded PostgreSQL 18 ships no pg_dump, and an older pg_dump refuses
// a newer server). Layout:
//   line 1            the header (PortableHeader)
//   then per table    {"table":"<name>","rows":<n>} followed by n row lines
//   a row line        a JSON string holding the row as PostgreSQL's own record text, `t::text`
// Rows are kept in PostgreSQL's record text rather than row_to_json: record text is what COPY and
// the type's input functions round-trip exactly (bytea, numerics, timestamps, arrays), and it tells
// a jsonb `null` from an SQL NULL, which json_populate_record would both turn into NULL.
import { MigrationError } from "../errors";

export const PORTABLE_FORMAT = "runzhou-portal-backup";
export const PORTABLE_VERSION = 1;

export type ColumnInfo = { name: string; type: string };
export type TableInfo = { name: string; columns: ColumnInfo[]; rows: number };
export type SequenceState = { name: string; lastValue: string; isCalled: boolean };

export type PortableHeader = {
  format: typeof PORTABLE_FORMAT;
  version: number;
  createdAt: string;
  server: string;
  /** Migrations recorded as applied (finished, not rolled back) in `_prisma_migrations`. */
  migrations: string[];
  tables: TableInfo[];
  sequences: SequenceState[];
};

export type SectionLine = { table: string; rows: number };

/** The first bytes of a gzip stream: how restore tells a portable backup from a pg_dump file. */
export function isGzip(firstBytes: Uint8Array): boolean {
  return firstBytes[0] === 0x1f && firstBytes[1] === 0x8b;
}

export const rowLine = (recordText: string): string => JSON.stringify(recordText);

/** A parsed line of the body: a table's section start, or one row's record text. */
export function parseBodyLine(line: string): SectionLine | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    value = undefined;
  }
  if (typeof value === "string") return value;
  const section = value as Partial<SectionLine> | null;
  if (section && typeof section.table === "string" && Number.isInteger(section.rows)) {
    return { table: section.table, rows: section.rows! };
  }
  throw new MigrationError(`the backup has an unreadable line: ${line.slice(0, 80)}`);
}

export function parseHeader(line: string | undefined): PortableHeader {
  let header: Partial<PortableHeader> | undefined;
  try {
    header = line ? (JSON.parse(line) as Partial<PortableHeader>) : undefined;
  } catch {
    header = undefined;
  }
  if (header?.format !== PORTABLE_FORMAT) {
    throw new MigrationError("this file is not a portal backup (no portable backup header)");
  }
  if (header.version !== PORTABLE_VERSION) {
    throw new MigrationError(
      `the backup is format version ${String(header.version)}; this code reads version ${PORTABLE_VERSION}`,
    );
  }
  if (
    !Array.isArray(header.migrations) ||
    !Array.isArray(header.tables) ||
    !Array.isArray(header.sequences)
  ) {
    throw new MigrationError("the backup header is incomplete");
  }
  return header as PortableHeader;
}

/**
 * The migrations to apply before loading the rows: exactly those the backup names, so the schema
 * is the one the rows were taken from. A name this code base lacks means the backup comes from
 * newer code; restoring it here would lose columns or tables, so it is refused.
 */
export function migrationsToApply(backup: readonly string[], available: readonly string[]): string[] {
  const known = new Set(available);
  const unknown = backup.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new MigrationError(
      `the backup was taken with migrations this code does not have (${unknown.join(", ")}); ` +
        "restore it with the code version that made it (or newer)",
    );
  }
  return [...backup].sort();
}

/** Differences between the tables in the backup and those the migrations created; empty if none. */
export function schemaDifferences(
  backup: readonly TableInfo[],
  target: ReadonlyMap<string, ColumnInfo[]>,
): string[] {
  const problems: string[] = [];
  const format = (columns: readonly ColumnInfo[]) => columns.map((c) => `${c.name} ${c.type}`).join(", ");
  for (const table of backup) {
    const columns = target.get(table.name);
    if (!columns) problems.push(`table ${table.name} does not exist after the migrations`);
    else if (format(columns) !== format(table.columns)) {
      problems.push(
        `table ${table.name} has columns (${format(columns)}), the backup (${format(table.columns)})`,
      );
    }
  }
  const inBackup = new Set(backup.map((table) => table.name));
  for (const name of target.keys()) {
    if (!inBackup.has(name)) problems.push(`table ${name} is not in the backup`);
  }
  return problems;
}

const BATCH_BYTES = 8 * 1024 * 1024;
const MAX_FETCH = 1000;

/**
 * How many rows to fetch next: up to 1000, fewer when the last batch was large (rows with photos
 * are megabytes each), so a batch stays near 8 MB of memory whatever the table holds.
 */
export function nextFetchSize(lastRows: number, lastBytes: number): number {
  if (lastRows === 0 || lastBytes === 0) return MAX_FETCH;
  const perRow = lastBytes / lastRows;
  return Math.max(1, Math.min(MAX_FETCH, Math.floor(BATCH_BYTES / perRow)));
}

/** Whether an insert batch is full: 1000 rows or 8 MB of text, whichever comes first. */
export function batchFull(rows: number, bytes: number): boolean {
  return rows >= MAX_FETCH || bytes >= BATCH_BYTES;
}

/** A name as an SQL identifier. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
