import { describe, expect, it } from "vitest";
import { utf8 } from "@/tests/factories/unit-import-files";
import { columnMapper } from "./columns";
import { maxFileBytes, readTableFile } from "./read-import-file";

// The generic reader with a made-up import: its own columns, row cap and catalog namespace.
const options = {
  maxRows: 2,
  messages: "test.import",
  mapColumns: columnMapper<"code" | "label">({
    aliases: { code: ["code", "编号"], label: ["label", "名称"] },
    required: ["code"],
    expected: "code、label",
    messages: "test.import",
  }),
};

describe("readTableFile", () => {
  it("returns the rows keyed by the caller's fields", async () => {
    const result = await readTableFile(utf8("编号,名称\nA1,甲\n"), "x.csv", options);
    expect(result).toMatchObject({ ok: true, kind: "csv", encoding: "utf-8" });
    expect(result.ok && result.rows).toEqual([{ rowNumber: 2, cells: { code: "A1", label: "甲" } }]);
  });

  it("words file problems in the caller's catalog namespace", async () => {
    expect(await readTableFile(new Uint8Array(maxFileBytes + 1), "x.csv", options)).toEqual({
      ok: false,
      error: { key: "test.import.tooBig", values: { maxMb: 2 } },
    });
    expect(await readTableFile(utf8("code\n"), "x.csv", options)).toEqual({
      ok: false,
      error: { key: "test.import.noRows" },
    });
    expect(await readTableFile(utf8("code\n1\n2\n3\n"), "x.csv", options)).toEqual({
      ok: false,
      error: { key: "test.import.tooManyRows", values: { max: 2 } },
    });
    expect(await readTableFile(utf8("label\n甲\n"), "x.csv", options)).toMatchObject({
      ok: false,
      error: { key: "test.import.missingColumns" },
    });
  });
});
