import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { checkBackupFile, isPortableBackup, readBody, readLines } from "./portable-file";
import { PORTABLE_FORMAT, rowLine, type PortableHeader } from "./portable-format";

const dir = mkdtempSync(join(tmpdir(), "rz-portable-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const header: PortableHeader = {
  format: PORTABLE_FORMAT,
  version: 1,
  createdAt: "2026-12-02T08:15:00.000Z",
  server: "18.1",
  migrations: [],
  tables: [
    { name: "A", columns: [], rows: 2 },
    { name: "B", columns: [], rows: 0 },
  ],
  sequences: [],
};

async function* iterate(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

async function collect(lines: string[]) {
  const items = [];
  for await (const item of readBody(iterate(lines), header)) items.push(item);
  return items;
}

const section = (table: string, rows: number) => JSON.stringify({ table, rows });

describe("reading a portable backup's body", () => {
  it("yields each table's rows and marks where a table ends", async () => {
    expect(await collect([section("A", 2), rowLine("(1)"), rowLine("(2)"), section("B", 0)])).toEqual([
      { table: "A", row: "(1)" },
      { table: "A", row: "(2)" },
      { table: "A", end: 2 },
      { table: "B", end: 0 },
    ]);
  });

  it("refuses missing rows, extra rows, a missing table and an unannounced one", async () => {
    await expect(collect([section("A", 2), rowLine("(1)"), section("B", 0)])).rejects.toThrow(/1 of 2 rows/);
    await expect(collect([section("A", 2), rowLine("(1)"), rowLine("(2)"), rowLine("(3)")])).rejects.toThrow(
      /outside its table/,
    );
    await expect(collect([section("A", 2), rowLine("(1)"), rowLine("(2)")])).rejects.toThrow(/B is missing/);
    await expect(collect([section("C", 0)])).rejects.toThrow(/unexpected section/);
  });
});

describe("portable backup files", () => {
  it("reads long lines whole and recognises the format by its first bytes", async () => {
    const long = "x".repeat(300_000); // spans many gunzip chunks
    const file = join(dir, "b.jsonl.gz");
    const text = [
      JSON.stringify(header),
      section("A", 2),
      rowLine(long),
      rowLine("(2)"),
      section("B", 0),
    ].join("\n");
    writeFileSync(file, gzipSync(text));
    const lines = [];
    for await (const line of readLines(file)) lines.push(line);
    expect(lines[2]).toBe(rowLine(long));
    expect(lines).toHaveLength(5);
    expect(await isPortableBackup(file)).toBe(true);
    expect((await checkBackupFile(file)).tables).toHaveLength(2);

    writeFileSync(join(dir, "x.dump"), "PGDMP...");
    expect(await isPortableBackup(join(dir, "x.dump"))).toBe(false);
  });

  it("refuses a file whose gzip stream is cut off", async () => {
    const file = join(dir, "cut.jsonl.gz");
    const whole = gzipSync(
      JSON.stringify(header) + "\n" + section("A", 2) + "\n" + rowLine("y".repeat(100_000)),
    );
    writeFileSync(file, whole.subarray(0, whole.length - 40));
    await expect(checkBackupFile(file)).rejects.toThrow(/cannot read the backup/);
  });
});
