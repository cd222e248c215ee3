import { describe, expect, it } from "vitest";
import { markClashes, markDuplicatesInFile } from "./duplicates";
import { validateRow } from "./validate-rows";

function row(rowNumber: number, name: string, slug: string) {
  return validateRow({
    rowNumber,
    cells: { name, shortName: "简称", slug, category: "金融机构", orgType: "团委", joinedOn: "2024-01-01" },
  });
}

describe("markDuplicatesInFile", () => {
  it("points each repeat of a name or slug at the row that had it first", () => {
    const rows = markDuplicatesInFile([row(2, "甲单位", "a"), row(3, "乙单位", "b"), row(5, "甲单位", "b")]);
    expect(rows[0]!.issues).toEqual([]);
    expect(rows[1]!.issues).toEqual([]);
    expect(rows[2]!.issues).toEqual([
      { field: "name", key: "units.admin.import.duplicateInFile", values: { row: 2 } },
      { field: "slug", key: "units.admin.import.duplicateInFile", values: { row: 3 } },
    ]);
    expect(rows[2]!.input).toBeNull();
  });

  it("does not count blank cells as duplicates (they are reported as required)", () => {
    const rows = markDuplicatesInFile([row(2, "", "a"), row(3, "", "b")]);
    expect(rows[1]!.issues.map((issue) => issue.key)).toEqual(["core.validation.required"]);
  });
});

describe("markClashes", () => {
  it("flags names and slugs existing units already use", () => {
    const rows = markClashes([row(2, "甲单位", "a"), row(3, "乙单位", "b")], {
      names: new Set(["甲单位"]),
      slugs: new Set(["b"]),
    });
    expect(rows[0]!.issues).toEqual([{ field: "name", key: "units.admin.nameTaken" }]);
    expect(rows[1]!.issues).toEqual([{ field: "slug", key: "units.admin.slugTaken" }]);
    expect(rows.every((checked) => checked.input === null)).toBe(true);
  });
});
