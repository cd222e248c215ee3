import { describe, expect, it } from "vitest";
import {
  chineseHeader,
  csvText,
  encodeGb18030,
  englishHeader,
  importRow,
  utf8,
  xlsxBytes,
} from "@/tests/factories/unit-import-files";
import { maxFileBytes, maxRows, readImportFile } from "./read-unit-file";

describe("readImportFile", () => {
  it("reads a UTF-8 CSV with a BOM into rows keyed by field", async () => {
    const result = await readImportFile(utf8(csvText([englishHeader, importRow("a1")]), true), "units.csv");
    expect(result).toMatchObject({ ok: true, kind: "csv", encoding: "utf-8" });
    expect(result.ok && result.rows).toEqual([
      {
        rowNumber: 2,
        cells: expect.objectContaining({
          name: "导入测试单位a1团委",
          slug: "import-a1",
          category: "国企平台",
        }),
      },
    ]);
    expect(result.ok && result.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads a GB18030 CSV with Chinese headers as Excel saves it", async () => {
    const bytes = encodeGb18030(csvText([chineseHeader, importRow("gb")]));
    const result = await readImportFile(bytes, "成员单位.csv");
    expect(result).toMatchObject({ ok: true, encoding: "gb18030" });
    expect(result.ok && result.rows[0]?.cells.name).toBe("导入测试单位gb团委");
  });

  it("reads the first sheet of a workbook", async () => {
    const bytes = await xlsxBytes([chineseHeader, importRow("x1")]);
    const result = await readImportFile(bytes, "units.xlsx");
    expect(result).toMatchObject({ ok: true, kind: "xlsx", encoding: null });
    expect(result.ok && result.rows[0]?.cells.slug).toBe("import-x1");
  });

  it("refuses a file over the size limit before reading it", async () => {
    const result = await readImportFile(new Uint8Array(maxFileBytes + 1), "units.csv");
    expect(result).toEqual({ ok: false, error: { key: "units.admin.import.tooBig", values: { maxMb: 2 } } });
  });

  it("refuses more rows than the limit", async () => {
    const rows = Array.from({ length: maxRows + 1 }, (_, index) => importRow(`r${index}`));
    const result = await readImportFile(utf8(csvText([englishHeader, ...rows])), "units.csv");
    expect(result).toEqual({
      ok: false,
      error: { key: "units.admin.import.tooManyRows", values: { max: maxRows } },
    });
  });

  it("refuses an undecodable file, a header without rows and a binary file", async () => {
    expect(await readImportFile(new Uint8Array([0x6e, 0xff, 0xff, 0x2c]), "x.csv")).toEqual({
      ok: false,
      error: { key: "units.admin.import.badEncoding" },
    });
    expect(await readImportFile(utf8(csvText([englishHeader])), "x.csv")).toEqual({
      ok: false,
      error: { key: "units.admin.import.noRows" },
    });
    expect(await readImportFile(utf8("name\u0001,slug\n"), "x.csv")).toEqual({
      ok: false,
      error: { key: "units.admin.import.wrongType" },
    });
  });

  it("reports missing columns before looking at any row", async () => {
    const result = await readImportFile(utf8("name,slug\n甲,a\n"), "x.csv");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.key).toBe("units.admin.import.missingColumns");
  });
});
