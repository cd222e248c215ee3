import { describe, expect, it } from "vitest";
import { detectDelimiter, readCsvTable } from "./csv-table";

describe("readCsvTable", () => {
  it("reads the header and rows with the line each row is on, skipping blank lines", () => {
    const table = readCsvTable('name,slug\r\n甲,a\r\n\r\n,,\r\n"乙, 有限公司",b\r\n');
    expect(table).toEqual({
      header: ["name", "slug"],
      rows: [
        { rowNumber: 2, cells: ["甲", "a"] },
        { rowNumber: 5, cells: ["乙, 有限公司", "b"] },
      ],
    });
  });

  it("reports an unclosed quote with its line", () => {
    expect(readCsvTable('name,slug\n"甲,a\n')).toEqual({
      key: "unitsAdmin.import.malformedCsv",
      values: { line: 2 },
    });
  });

  it("reports a file with nothing in it", () => {
    expect(readCsvTable("\r\n,,\r\n")).toEqual({ key: "unitsAdmin.import.empty" });
  });

  it("detects tab and semicolon delimiters from the header line", () => {
    expect(detectDelimiter("name\tslug\n")).toBe("\t");
    expect(detectDelimiter("name;slug\n")).toBe(";");
    expect(detectDelimiter("name\n")).toBe(",");
    expect(readCsvTable("name\tslug\n甲\ta\n")).toMatchObject({ rows: [{ cells: ["甲", "a"] }] });
  });
});
