import { describe, expect, it } from "vitest";
import { detectDelimiter, maxRecordBytes, readCsvTable } from "./csv-table";

describe("readCsvTable", () => {
  it("reads the header and rows with the line each row is on, skipping blank lines", () => {
    const table = readCsvTable('name,slug\r\n甲,a\r\n\r\n,,\r\n"乙, 有限公司",b\r\n', 10);
    expect(table).toEqual({
      header: ["name", "slug"],
      rows: [
        { rowNumber: 2, cells: ["甲", "a"] },
        { rowNumber: 5, cells: ["乙, 有限公司", "b"] },
      ],
    });
  });

  it("reports an unclosed quote with its line", () => {
    expect(readCsvTable('name,slug\n"甲,a\n', 10)).toEqual({
      key: "units.admin.import.malformedCsv",
      values: { line: 2 },
    });
  });

  it("reports a file with nothing in it", () => {
    expect(readCsvTable("\r\n,,\r\n", 10)).toEqual({ key: "units.admin.import.empty" });
  });

  it("detects tab and semicolon delimiters from the header line", () => {
    expect(detectDelimiter("name\tslug\n")).toBe("\t");
    expect(detectDelimiter("name;slug\n")).toBe(";");
    expect(detectDelimiter("name\n")).toBe(",");
    expect(readCsvTable("name\tslug\n甲\ta\n", 10)).toMatchObject({ rows: [{ cells: ["甲", "a"] }] });
  });

  it("stops at the first row past the cap instead of parsing a million rows", () => {
    const text = "name,slug\n" + "甲,a\n".repeat(1_000_000);
    expect(readCsvTable(text, 500)).toEqual({ key: "units.admin.import.tooManyRows", values: { max: 500 } });
    // Blank and delimiter-only lines do not count towards the cap.
    expect(readCsvTable(`name\n${",\n".repeat(600)}甲\n`, 1)).toMatchObject({ rows: [{ cells: ["甲"] }] });
  });

  it("refuses a line longer than the record limit by its line number", () => {
    const text = `name,slug\n甲,a\n${"x".repeat(maxRecordBytes * 2)}\n`;
    expect(readCsvTable(text, 500)).toEqual({
      key: "units.admin.import.lineTooLong",
      values: { line: 3, maxKb: maxRecordBytes / 1024 },
    });
  });
});
