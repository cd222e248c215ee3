import { describe, expect, it } from "vitest";
import { sendProblems } from "./sendable";
import { optionLines, optionLinesProblem } from "./options";

describe("sendProblems", () => {
  it("refuses a survey without questions", () => {
    expect(sendProblems([])).toEqual([{ key: "surveys.admin.errors.noQuestions" }]);
  });

  it("names every choice or ranking question with fewer than two options by its number", () => {
    expect(
      sendProblems([
        { position: 5, kind: "RANKING", optionCount: 1 },
        { position: 1, kind: "SINGLE_CHOICE", optionCount: 2 },
        { position: 3, kind: "MULTIPLE_CHOICE", optionCount: 0 },
        { position: 4, kind: "LONG_TEXT", optionCount: 0 },
      ]),
    ).toEqual([
      { key: "surveys.admin.errors.tooFewOptions", values: { number: 2 } },
      { key: "surveys.admin.errors.tooFewOptions", values: { number: 4 } },
    ]);
  });

  it("accepts text and rating questions without options", () => {
    expect(
      sendProblems([
        { position: 0, kind: "RATING", optionCount: 0 },
        { position: 1, kind: "SHORT_TEXT", optionCount: 0 },
      ]),
    ).toEqual([]);
  });
});

describe("option lines", () => {
  it("keeps the non-blank lines, trimmed, in order", () => {
    expect(optionLines(" 读书会 \r\n\n交流联谊\n  \n创业沙龙")).toEqual(["读书会", "交流联谊", "创业沙龙"]);
  });

  it("refuses duplicates, over-long labels and too many options", () => {
    expect(optionLinesProblem(["a", "b"])).toBeNull();
    expect(optionLinesProblem(["a", "a"])).toBe("surveys.admin.validation.duplicateOption");
    expect(optionLinesProblem(["x".repeat(121)])).toBe("surveys.admin.validation.optionTooLong");
    expect(optionLinesProblem(Array.from({ length: 31 }, (_, i) => `o${i}`))).toBe(
      "surveys.admin.validation.tooManyOptions",
    );
  });
});
