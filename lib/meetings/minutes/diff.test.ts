import { describe, expect, it } from "vitest";
import { diffInline, diffMinutes, foldUnchanged, type DiffRow } from "./diff";

const kinds = (rows: DiffRow[]) => rows.map((row) => row.kind);

describe("diffMinutes", () => {
  it("finds no change between equal texts, whatever the line endings", () => {
    const result = diffMinutes("一、开会\r\n二、散会", "一、开会\n二、散会\n");
    expect(result.added).toBe(0);
    expect(result.removed).toBe(0);
    expect(kinds(result.rows)).toEqual(["same", "same"]);
  });

  it("marks added and removed lines with their line numbers", () => {
    const result = diffMinutes("甲\n乙\n丙\n", "甲\n丙\n丁\n");
    expect(result.rows).toEqual([
      { kind: "same", text: "甲", oldLine: 1, newLine: 1 },
      { kind: "removed", text: "乙", oldLine: 2, parts: undefined },
      { kind: "same", text: "丙", oldLine: 3, newLine: 2 },
      { kind: "added", text: "丁", newLine: 3, parts: undefined },
    ]);
    expect(result).toMatchObject({ added: 1, removed: 1 });
  });

  it("pairs replaced lines and marks the changed words inside them (CJK without spaces)", () => {
    const result = diffMinutes("会议由团区委主持。\n", "会议由青工委主持。\n");
    expect(kinds(result.rows)).toEqual(["removed", "added"]);
    const [old, changed] = result.rows as [
      Extract<DiffRow, { kind: "removed" }>,
      Extract<DiffRow, { kind: "added" }>,
    ];
    expect(
      old.parts
        ?.filter((part) => part.change === "removed")
        .map((part) => part.text)
        .join(""),
    ).toContain("团");
    expect(
      changed.parts
        ?.filter((part) => part.change === "added")
        .map((part) => part.text)
        .join(""),
    ).toContain("青工");
    expect(changed.parts?.map((part) => part.text).join("")).toBe("会议由青工委主持。");
  });

  it("handles an empty side", () => {
    expect(diffMinutes("", "新\n内容")).toMatchObject({ added: 2, removed: 0 });
    expect(diffMinutes("旧", "")).toMatchObject({ added: 0, removed: 1 });
  });
});

describe("diffInline", () => {
  it("keeps the unchanged words on both sides", () => {
    const { removed, added } = diffInline("the old text", "the new text");
    expect(removed.map((part) => part.text).join("")).toBe("the old text");
    expect(added.map((part) => part.text).join("")).toBe("the new text");
    expect(added.find((part) => part.change === "added")?.text).toBe("new");
  });
});

describe("foldUnchanged", () => {
  it("folds long unchanged runs but keeps context around a change", () => {
    const before = Array.from({ length: 20 }, (_, i) => `第${i}行`).join("\n");
    const after = before.replace("第10行", "第十行");
    const rows = foldUnchanged(diffMinutes(before, after).rows, 2);
    expect(kinds(rows)).toEqual(["skipped", "same", "same", "removed", "added", "same", "same", "skipped"]);
    expect(rows[0]).toEqual({ kind: "skipped", count: 8 });
    expect(rows.at(-1)).toEqual({ kind: "skipped", count: 7 });
  });

  it("leaves short runs alone", () => {
    const rows = foldUnchanged(diffMinutes("a\nb\nc", "a\nB\nc").rows, 3);
    expect(kinds(rows)).toEqual(["same", "removed", "added", "same"]);
  });
});
