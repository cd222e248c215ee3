import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/core/forms/form-state";
import { answerSchema, type AnswerQuestion } from "./answer-schema";

const single: AnswerQuestion = {
  id: 1,
  kind: "SINGLE_CHOICE",
  required: true,
  allowOther: false,
  options: [{ id: 11 }, { id: 12 }],
};
const multiple: AnswerQuestion = {
  id: 2,
  kind: "MULTIPLE_CHOICE",
  required: true,
  allowOther: true,
  options: [{ id: 21 }, { id: 22 }, { id: 23 }],
};
const closedMultiple: AnswerQuestion = { ...multiple, id: 3, allowOther: false, required: false };
const rating: AnswerQuestion = { id: 4, kind: "RATING", required: true, allowOther: false, options: [] };
const ranking: AnswerQuestion = {
  id: 5,
  kind: "RANKING",
  required: true,
  allowOther: false,
  options: [{ id: 51 }, { id: 52 }, { id: 53 }],
};
const shortText: AnswerQuestion = {
  id: 6,
  kind: "SHORT_TEXT",
  required: false,
  allowOther: false,
  options: [],
};
const longText: AnswerQuestion = { id: 7, kind: "LONG_TEXT", required: true, allowOther: false, options: [] };

function errors(questions: AnswerQuestion[], raw: Record<string, unknown>) {
  const parsed = answerSchema(questions).safeParse(raw);
  if (parsed.success) return {};
  return Object.fromEntries(
    Object.entries(fieldErrorsFrom(parsed.error)).map(([field, list]) => [field, list?.[0]?.key]),
  );
}

const valid = {
  q1: "12",
  q2: ["21", "23", "other"],
  q2other: "  非遗体验 ",
  q4: "4",
  q5r1: "53",
  q5r2: "51",
  q5r3: "52",
  q6: "",
  q7: "多组织跨单位的活动",
};

describe("answerSchema", () => {
  it("turns a complete form into one answer per answered question", () => {
    const all = [single, multiple, closedMultiple, rating, ranking, shortText, longText];
    expect(answerSchema(all).parse(valid)).toEqual([
      { questionId: 1, optionIds: [12], otherText: "", rating: null, text: "" },
      { questionId: 2, optionIds: [21, 23], otherText: "非遗体验", rating: null, text: "" },
      { questionId: 4, optionIds: [], otherText: "", rating: 4, text: "" },
      { questionId: 5, optionIds: [53, 51, 52], otherText: "", rating: null, text: "" },
      { questionId: 7, optionIds: [], otherText: "", rating: null, text: "多组织跨单位的活动" },
    ]);
  });

  it("reports every required question left blank by its field", () => {
    expect(errors([single, multiple, rating, ranking, longText], {})).toEqual({
      q1: "surveys.answer.validation.required",
      q2: "surveys.answer.validation.required",
      q4: "surveys.answer.validation.required",
      q5: "surveys.answer.validation.required",
      q7: "surveys.answer.validation.required",
    });
  });

  it("lets optional questions be skipped", () => {
    expect(answerSchema([closedMultiple, shortText]).parse({ q3: "", q6: "  " })).toEqual([]);
  });

  it("refuses options of other questions and made-up ids", () => {
    expect(errors([single], { q1: "21" })).toEqual({ q1: "surveys.answer.validation.unknownOption" });
    expect(errors([multiple], { q2: ["21", "999"] })).toEqual({
      q2: "surveys.answer.validation.unknownOption",
    });
    expect(errors([ranking], { q5r1: "51", q5r2: "52", q5r3: "11" })).toEqual({
      q5: "surveys.answer.validation.unknownOption",
    });
  });

  it("takes exactly one option for a single choice", () => {
    expect(errors([single], { q1: ["11", "12"] })).toEqual({ q1: "surveys.answer.validation.oneOption" });
  });

  it("counts a repeated multiple-choice option once", () => {
    expect(answerSchema([multiple]).parse({ q2: ["22", "22"] })[0]?.optionIds).toEqual([22]);
  });

  it("refuses a ranking with a duplicate or a gap", () => {
    expect(errors([ranking], { q5r1: "51", q5r2: "51", q5r3: "52" })).toEqual({
      q5: "surveys.answer.validation.rankingDuplicate",
    });
    expect(errors([ranking], { q5r1: "51", q5r2: "", q5r3: "52" })).toEqual({
      q5: "surveys.answer.validation.rankingIncomplete",
    });
  });

  it("takes ratings 1 to 5 only", () => {
    for (const bad of ["0", "6", "3.5", "x"])
      expect(errors([rating], { q4: bad })).toEqual({ q4: "surveys.answer.validation.rating" });
    expect(answerSchema([rating]).parse({ q4: "1" })[0]?.rating).toBe(1);
  });

  it("takes other text only where the question allows it, and asks for it when other is ticked", () => {
    expect(errors([closedMultiple], { q3: "21", q3other: "自己的想法" })).toEqual({
      q3other: "surveys.answer.validation.otherNotAllowed",
    });
    expect(errors([multiple], { q2: "other", q2other: " " })).toEqual({
      q2other: "surveys.answer.validation.otherText",
    });
    expect(answerSchema([multiple]).parse({ q2other: "只写了其他" })).toEqual([
      { questionId: 2, optionIds: [], otherText: "只写了其他", rating: null, text: "" },
    ]);
  });

  it("bounds texts and refuses control characters", () => {
    expect(errors([shortText], { q6: "x".repeat(201) })).toEqual({ q6: "surveys.answer.validation.tooLong" });
    expect(errors([multiple], { q2: "other", q2other: "y".repeat(201) })).toEqual({
      q2other: "surveys.answer.validation.tooLong",
    });
    expect(answerSchema([longText]).parse({ q7: "z".repeat(4000) })[0]?.text).toHaveLength(4000);
    expect(errors([longText], { q7: "a\u0000b" })).toEqual({ q7: "core.validation.controlCharacters" });
  });
});
