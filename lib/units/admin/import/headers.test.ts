import { describe, expect, it } from "vitest";
import { chineseHeader, englishHeader } from "@/tests/factories/unit-import-files";
import { describeExpectedColumns, mapHeaders, normaliseHeader } from "./headers";

describe("mapHeaders", () => {
  it("maps the English template header", () => {
    expect(mapHeaders(englishHeader)).toEqual({ ok: true, columns: englishHeader });
  });

  it("maps the Chinese aliases to the same fields", () => {
    expect(mapHeaders(chineseHeader)).toEqual({ ok: true, columns: englishHeader });
  });

  it("ignores case, spaces, a required-marker and a running-number column", () => {
    const header = ["序号", " Name ", "short_name", "SLUG*", "类别（必填）", "团组织类型", "加入日期"];
    expect(mapHeaders(header)).toEqual({
      ok: true,
      columns: [null, "name", "shortName", "slug", "category", "orgType", "joinedOn"],
    });
  });

  it("lists missing required columns and every expected column", () => {
    const result = mapHeaders(["单位名称", "简称", "类别"]);
    expect(result).toEqual({
      ok: false,
      error: {
        key: "units.admin.import.missingColumns",
        values: { columns: "slug、orgType、joinedOn", expected: describeExpectedColumns() },
      },
    });
    expect(describeExpectedColumns()).toContain("name（单位名称）");
    expect(describeExpectedColumns()).toContain("joinedOn（加入日期）");
  });

  it("refuses unknown columns, naming them", () => {
    const result = mapHeaders([...englishHeader, "备注"]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      key: "units.admin.import.unknownColumns",
      values: { columns: "备注" },
    });
  });

  it("refuses a column given twice", () => {
    const result = mapHeaders([...englishHeader, "单位名称"]);
    expect(!result.ok && result.error).toEqual({
      key: "units.admin.import.repeatedColumns",
      values: { columns: "单位名称" },
    });
  });

  it("drops a byte order mark stuck to the first header", () => {
    expect(normaliseHeader("\uFEFFname")).toBe("name");
  });
});
