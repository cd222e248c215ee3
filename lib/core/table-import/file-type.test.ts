import { describe, expect, it } from "vitest";
import { utf8, xlsxBytes } from "@/tests/factories/unit-import-files";
import { detectFileKind, extensionOf, looksLikeBinary } from "./file-type";

const pdf = utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);

describe("detectFileKind", () => {
  it("takes a workbook by its ZIP signature, whatever the extension says", async () => {
    const bytes = await xlsxBytes([["name"]]);
    expect(detectFileKind(bytes, "units.xlsx")).toBe("xlsx");
    expect(detectFileKind(bytes, "units.csv")).toBe("xlsx");
  });

  it("takes text as CSV", () => {
    expect(detectFileKind(utf8("name,slug\n"), "units.csv")).toBe("csv");
    expect(detectFileKind(utf8("name,slug\n"), "units.txt")).toBe("csv");
  });

  it("refuses a text file named .xlsx and a binary file named .csv", () => {
    expect(detectFileKind(utf8("name,slug\n"), "units.xlsx")).toEqual({
      key: "units.admin.import.wrongType",
    });
    expect(detectFileKind(png, "units.csv")).toEqual({ key: "units.admin.import.wrongType" });
  });

  it("refuses other extensions, and explains the old .xls format", () => {
    expect(detectFileKind(pdf, "units.pdf")).toEqual({ key: "units.admin.import.wrongType" });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(detectFileKind(ole, "units.xls")).toEqual({ key: "units.admin.import.legacyXls" });
    expect(detectFileKind(ole, "units.csv")).toEqual({ key: "units.admin.import.legacyXls" });
  });

  it("reads extensions case-insensitively", () => {
    expect(extensionOf("成员单位.CSV")).toBe("csv");
    expect(extensionOf("noextension")).toBe("");
  });
});

describe("looksLikeBinary", () => {
  it("flags control characters but not tabs and line breaks", () => {
    expect(looksLikeBinary("a\tb\r\nc")).toBe(false);
    expect(looksLikeBinary("a\u0001b")).toBe(true);
  });
});
