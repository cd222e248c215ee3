import { describe, expect, it } from "vitest";
import { formAnswersOf } from "./answer-values";

describe("formAnswersOf", () => {
  it("fills every kind of question from the saved answers, and leaves unanswered ones out", () => {
    const questions = [
      { id: 1, kind: "SINGLE_CHOICE" },
      { id: 2, kind: "MULTIPLE_CHOICE" },
      { id: 3, kind: "RATING" },
      { id: 4, kind: "RANKING" },
      { id: 5, kind: "LONG_TEXT" },
      { id: 6, kind: "SHORT_TEXT" },
    ];
    const a = { otherText: "", rating: null, text: "", optionIds: [] as number[] };
    expect(
      formAnswersOf(questions, [
        { ...a, questionId: 1, optionIds: [11] },
        { ...a, questionId: 2, optionIds: [21, 22], otherText: "篮球" },
        { ...a, questionId: 3, rating: 5 },
        { ...a, questionId: 4, optionIds: [43, 41, 42] },
        { ...a, questionId: 5, text: "建议" },
      ]),
    ).toEqual({
      q1: "11",
      q2: ["21", "22", "other"],
      q2other: "篮球",
      q3: "5",
      q4r1: "43",
      q4r2: "41",
      q4r3: "42",
      q5: "建议",
    });
  });
});
