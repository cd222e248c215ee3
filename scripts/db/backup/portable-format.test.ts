import { describe, expect, it } from "vitest";
import {
  batchFull,
  ident,
  isGzip,
  migrationsToApply,
  nextFetchSize,
  parseBodyLine,
  parseHeader,
  PORTABLE_FORMAT,
  rowLine,
  schemaDifferences,
} from "./portable-format";

const header = {
  format: PORTABLE_FORMAT,
  version: 1,
  createdAt: "2026-12-02T08:15:00.000Z",
  server: "18.1",
  migrations: ["20261127135536_init"],
  tables: [{ name: "Unit", columns: [{ name: "id", type: "integer" }], rows: 2 }],
  sequences: [{ name: "Unit_id_seq", lastValue: "2", isCalled: true }],
};

describe("the portable backup format", () => {
  it("keeps a row's text exact on one line, line breaks and quotes included", () => {
    const record = '(1,"line\nbreak ""q"" \\\\x00",,"{""a"": null}")';
    const line = rowLine(record);
    expect(line).not.toContain("\n");
    expect(parseBodyLine(line)).toBe(record);
  });

  it("tells a table's section from a row, and rejects anything else", () => {
    expect(parseBodyLine('{"table":"Unit","rows":2}')).toEqual({ table: "Unit", rows: 2 });
    expect(() => parseBodyLine('{"table":"Unit"}')).toThrow(/unreadable/);
    expect(() => parseBodyLine("42")).toThrow(/unreadable/);
    expect(() => parseBodyLine('{"table": "Un')).toThrow(/unreadable/); // cut off mid-line
  });

  it("reads its header and refuses other files and other versions", () => {
    expect(parseHeader(JSON.stringify(header)).tables[0]!.rows).toBe(2);
    expect(() => parseHeader("PGDMP")).toThrow(/not a portal backup/);
    expect(() => parseHeader(undefined)).toThrow(/not a portal backup/);
    expect(() => parseHeader(JSON.stringify({ ...header, version: 2 }))).toThrow(/version 2/);
    expect(() => parseHeader(JSON.stringify({ ...header, tables: undefined }))).toThrow(/incomplete/);
  });

  it("recognises gzip by its magic bytes", () => {
    expect(isGzip(new Uint8Array([0x1f, 0x8b]))).toBe(true);
    expect(isGzip(new Uint8Array([0x50, 0x47]))).toBe(false); // "PG" of PGDMP
  });
});

describe("restoring a portable backup", () => {
  it("applies exactly the backup's migrations, in order, and refuses unknown ones", () => {
    const available = ["20261127135536_init", "20261127140958_membership", "20261202065422_mail_outbox"];
    expect(migrationsToApply(["20261127140958_membership", "20261127135536_init"], available)).toEqual([
      "20261127135536_init",
      "20261127140958_membership",
    ]);
    expect(() => migrationsToApply(["20261127135536_init", "29990101000000_future"], available)).toThrow(
      /29990101000000_future/,
    );
  });

  it("lists every table or column that differs from the backup", () => {
    const target = new Map([
      ["Unit", [{ name: "id", type: "integer" }]],
      ["Extra", [{ name: "id", type: "integer" }]],
    ]);
    expect(schemaDifferences(header.tables, new Map([["Unit", [{ name: "id", type: "integer" }]]]))).toEqual(
      [],
    );
    expect(schemaDifferences(header.tables, target)).toEqual(["table Extra is not in the backup"]);
    expect(schemaDifferences(header.tables, new Map([["Unit", [{ name: "id", type: "bigint" }]]]))).toEqual([
      "table Unit has columns (id bigint), the backup (id integer)",
    ]);
    expect(schemaDifferences(header.tables, new Map())).toEqual([
      "table Unit does not exist after the migrations",
    ]);
  });

  it("quotes identifiers, doubling quotes", () => {
    expect(ident('We"ird')).toBe('"We""ird"');
  });
});

describe("batch sizes", () => {
  it("fetches 1000 small rows at a time, fewer when rows are large, never none", () => {
    expect(nextFetchSize(0, 0)).toBe(1000);
    expect(nextFetchSize(1000, 200_000)).toBe(1000);
    expect(nextFetchSize(4, 8 * 1024 * 1024)).toBe(4); // 2 MB rows (1 MB photos in hex)
    expect(nextFetchSize(1, 50 * 1024 * 1024)).toBe(1);
  });

  it("closes an insert batch at 1000 rows or 8 MB", () => {
    expect(batchFull(999, 1000)).toBe(false);
    expect(batchFull(1000, 1000)).toBe(true);
    expect(batchFull(3, 8 * 1024 * 1024)).toBe(true);
  });
});
