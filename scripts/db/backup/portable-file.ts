// Reading a portable backup file back: its lines, and a full check of the file before a restore
// touches the database (a truncated or damaged file is refused while the target is still intact).
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { MigrationError } from "../errors";
import { isGzip, parseBodyLine, parseHeader, type PortableHeader, type SectionLine } from "./portable-format";

/** True when `file` starts like gzip, i.e. is a portable backup rather than a pg_dump file. */
export async function isPortableBackup(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && isGzip(buffer);
  } finally {
    await handle.close();
  }
}

/** The lines of the gunzipped file; a damaged or truncated gzip stream throws. */
export async function* readLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  gunzip.setEncoding("utf8"); // decodes characters split across chunks correctly
  // Pieces of the line being read: a row with a photo spans hundreds of chunks, and joining
  // them only once its end arrives keeps reading linear in the line's length.
  let pieces: string[] = [];
  try {
    for await (const chunk of source.pipe(gunzip) as AsyncIterable<string>) {
      if (!chunk.includes("\n")) {
        pieces.push(chunk);
        continue;
      }
      const lines = chunk.split("\n");
      pieces.push(lines.shift()!);
      yield pieces.join("");
      pieces = [lines.pop()!];
      yield* lines;
    }
  } catch (error) {
    throw new MigrationError(`cannot read the backup: ${(error as Error).message}`);
  } finally {
    source.destroy();
  }
  const rest = pieces.join("");
  if (rest) yield rest;
}

/** A body line with its section (table) and running row number there, for the loader. */
export type BodyItem = { table: string; row: string } | { table: string; end: number };

/**
 * The rows of the backup table by table, checked against the header as they are read: each
 * section in header order with exactly the announced rows. `end` marks a table's last row.
 */
export async function* readBody(
  lines: AsyncIterator<string>,
  header: PortableHeader,
): AsyncGenerator<BodyItem> {
  const expected = header.tables.map((table) => ({ table: table.name, rows: table.rows }));
  try {
    yield* checkedItems(lines, expected);
  } finally {
    await lines.return?.(undefined); // closes the file when the loader stops early
  }
}

async function* checkedItems(
  lines: AsyncIterator<string>,
  expected: SectionLine[],
): AsyncGenerator<BodyItem> {
  let current: { table: string; rows: number; seen: number } | undefined;
  const finish = () => {
    if (current && current.seen !== current.rows) {
      throw new MigrationError(
        `the backup is damaged: table ${current.table} has ${current.seen} of ${current.rows} rows`,
      );
    }
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    if (next.value === "") continue;
    const item = parseBodyLine(next.value);
    if (typeof item === "string") {
      if (!current || current.seen >= current.rows)
        throw new MigrationError("the backup is damaged: a row outside its table");
      current.seen += 1;
      yield { table: current.table, row: item };
      continue;
    }
    finish();
    if (current) yield { table: current.table, end: current.seen };
    const announced = expected.shift();
    if (!announced || announced.table !== item.table || announced.rows !== item.rows) {
      throw new MigrationError(`the backup is damaged: unexpected section for table ${item.table}`);
    }
    current = { ...item, seen: 0 };
  }
  finish();
  if (current) yield { table: current.table, end: current.seen };
  if (expected.length > 0)
    throw new MigrationError(`the backup is incomplete: table ${expected[0]!.table} is missing`);
}

/** Opens the file: its header and an iterator over its body. */
export async function openBackup(
  file: string,
): Promise<{ header: PortableHeader; body: AsyncGenerator<BodyItem> }> {
  const lines = readLines(file);
  let header: PortableHeader;
  try {
    const first = await lines.next();
    header = parseHeader(first.done ? undefined : first.value);
  } catch (error) {
    await lines.return(undefined);
    throw error;
  }
  return { header, body: readBody(lines, header) };
}

/** Reads the whole file once, so that a damaged one is refused before anything is changed. */
export async function checkBackupFile(file: string): Promise<PortableHeader> {
  const { header, body } = await openBackup(file);
  for await (const item of body) void item;
  return header;
}
