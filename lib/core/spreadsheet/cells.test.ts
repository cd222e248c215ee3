import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { csvCell, csvLine, defuseFormula, looksLikeFormula, xlsxCell } from "./cells";

const payloads = [
  '=HYPERLINK("http://evil","x")',
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  "\r=1",
  "\n=1",
  " =1",
  "  @A1",
  "\u00a0=1",
  "\u3000=1",
  "＝1+1",
  "=cmd|' /C calc'!A0",
];

describe("formula defusing", () => {
  it("marks every formula-like start, also behind blanks and control characters", () => {
    for (const text of payloads) {
      expect(looksLikeFormula(text), JSON.stringify(text)).toBe(true);
      expect(defuseFormula(text)).toBe(`'${text}`);
    }
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["润州青年公益林", "a=1", "2026-03-10", "", "100+ 志愿者", "(0511) 1234"]) {
      expect(looksLikeFormula(text)).toBe(false);
      expect(defuseFormula(text)).toBe(text);
    }
  });

  it("keeps numbers as numbers in XLSX and defuses text", () => {
    expect(xlsxCell(-5)).toBe(-5);
    expect(xlsxCell(null)).toBe("");
    expect(xlsxCell("=1+1")).toBe("'=1+1");
  });
});

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    expect(csvCell("plain 中文")).toBe("plain 中文");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line1\nline2")).toBe('"line1\nline2"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-2)).toBe("-2");
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1+1")).toBe("'+1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
  });

  it("round-trips through a CSV parser with every payload defused", () => {
    const [row] = parse(csvLine(payloads)) as string[][];
    expect(row).toEqual(payloads.map((text) => `'${text}`));
  });
});
