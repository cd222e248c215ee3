import { describe, expect, it } from "vitest";
import { xlsxBytes } from "@/tests/factories/unit-import-files";
import { cellText, readXlsxTable } from "./xlsx-table";

describe("readXlsxTable", () => {
  it("reads the first sheet as text: dates as YYYY-MM-DD, numbers as digits", async () => {
    const bytes = await xlsxBytes([
      ["name", "contactPhone", "joinedOn"],
      ["甲单位", 13800001234, new Date(Date.UTC(2023, 1, 21))],
      [null, null, null],
      ["乙单位", "0511-1234", "2024/1/2"],
    ]);
    expect(await readXlsxTable(bytes, 500)).toEqual({
      header: ["name", "contactPhone", "joinedOn"],
      rows: [
        { rowNumber: 2, cells: ["甲单位", "13800001234", "2023-02-21"] },
        { rowNumber: 4, cells: ["乙单位", "0511-1234", "2024/1/2"] },
      ],
    });
  });

  it("refuses a sheet with more rows than allowed before reading them", async () => {
    const rows = [["name"], ...Array.from({ length: 12 }, (_, index) => [`单位${index}`])];
    expect(await readXlsxTable(await xlsxBytes(rows), 10)).toEqual({
      key: "units.admin.import.tooManyRows",
      values: { max: 10 },
    });
  });

  it("refuses a ZIP that is not a workbook", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await readXlsxTable(zip, 10)).toEqual({ key: "units.admin.import.wrongType" });
  });

  it("shows rich text, hyperlinks and formula results as their text", () => {
    expect(cellText({ richText: [{ text: "润州" }, { text: "团委" }] })).toBe("润州团委");
    expect(cellText({ text: "链接", hyperlink: "https://example.org" })).toBe("链接");
    expect(cellText({ formula: "A1", result: 42 })).toBe("42");
    expect(cellText({ error: "#N/A" })).toBe("");
    expect(cellText(true)).toBe("true");
  });
});
