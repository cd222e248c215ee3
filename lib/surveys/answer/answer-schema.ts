import { z } from "zod";
import { hasControlCharacters } from "@/lib/core/forms/fields";

// The answer form's fields, checked against the survey's own questions. Field names:
//   q<id>          the chosen option (single), the chosen options (multiple, repeated; "other"
//                  ticks the other box), the rating 1..5, or the text;
//   q<id>other     the multiple-choice "other" text;
//   q<id>r<rank>   the option placed at that rank (ranking: one select per rank, 1 = first).
// Every mistake is reported by its question's field, all at once.

export type AnswerQuestion = {
  id: number;
  kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "RATING" | "RANKING" | "SHORT_TEXT" | "LONG_TEXT";
  required: boolean;
  allowOther: boolean;
  options: Array<{ id: number }>;
};

export type AnswerValue = {
  questionId: number;
  /** single: [id]; multiple: the chosen ids; ranking: every option id in rank order. */
  optionIds: number[];
  otherText: string;
  rating: number | null;
  text: string;
};

export const otherToken = "other";
export const otherTextMax = 200;
export const textMax = { SHORT_TEXT: 200, LONG_TEXT: 4000 } as const;

type Issue = { field: string; key: string };
type Raw = Record<string, unknown>;

const list = (value: unknown): unknown[] =>
  value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value];
const single = (value: unknown): string | null =>
  value === undefined || value === null ? "" : typeof value === "string" ? value.trim() : null;
const optionIdOf = (question: AnswerQuestion, value: unknown): number | null => {
  const number = typeof value === "string" && /^\d{1,10}$/.test(value.trim()) ? Number(value) : NaN;
  return question.options.some((option) => option.id === number) ? number : null;
};

function blank(questionId: number): AnswerValue {
  return { questionId, optionIds: [], otherText: "", rating: null, text: "" };
}

/** One question's answer, or null when it was skipped; problems go to `issues`. */
function readAnswer(question: AnswerQuestion, raw: Raw, issues: Issue[]): AnswerValue | null {
  const field = `q${question.id}`;
  const answer = blank(question.id);
  const fail = (key: string, at = field) => {
    issues.push({ field: at, key });
    return null;
  };
  switch (question.kind) {
    case "SINGLE_CHOICE": {
      const value = single(raw[field]);
      if (value === null) return fail("surveys.answer.validation.oneOption");
      if (value === "") break;
      const optionId = optionIdOf(question, value);
      if (optionId === null) return fail("surveys.answer.validation.unknownOption");
      return { ...answer, optionIds: [optionId] };
    }
    case "MULTIPLE_CHOICE": {
      const values = list(raw[field]);
      const ticked = values.includes(otherToken);
      const otherText = single(raw[`${field}other`]);
      if (otherText === null) return fail("core.validation.invalid", `${field}other`);
      const chosen = values
        .filter((value) => value !== otherToken)
        .map((value) => optionIdOf(question, value));
      if (chosen.some((id) => id === null)) return fail("surveys.answer.validation.unknownOption");
      const other = ticked || otherText !== "";
      if (other && !question.allowOther)
        return fail("surveys.answer.validation.otherNotAllowed", `${field}other`);
      if (ticked && otherText === "") return fail("surveys.answer.validation.otherText", `${field}other`);
      if (otherText.length > otherTextMax) return fail("surveys.answer.validation.tooLong", `${field}other`);
      if (hasControlCharacters(otherText)) return fail("core.validation.controlCharacters", `${field}other`);
      const optionIds = [...new Set(chosen as number[])];
      if (optionIds.length === 0 && !other) break;
      return { ...answer, optionIds, otherText };
    }
    case "RATING": {
      const value = single(raw[field]);
      if (value === "") break;
      if (value === null || !/^[1-5]$/.test(value)) return fail("surveys.answer.validation.rating");
      return { ...answer, rating: Number(value) };
    }
    case "RANKING": {
      const ranks = question.options.map((_, index) => single(raw[`${field}r${index + 1}`]));
      if (ranks.every((value) => value === "")) break;
      if (ranks.some((value) => value === null)) return fail("core.validation.invalid");
      const ids = ranks.map((value) => (value === "" ? null : optionIdOf(question, value)));
      if (ranks.some((value, index) => value !== "" && ids[index] === null))
        return fail("surveys.answer.validation.unknownOption");
      const placed = ids.filter((id): id is number => id !== null);
      if (new Set(placed).size !== placed.length) return fail("surveys.answer.validation.rankingDuplicate");
      if (placed.length !== question.options.length)
        return fail("surveys.answer.validation.rankingIncomplete");
      return { ...answer, optionIds: placed };
    }
    case "SHORT_TEXT":
    case "LONG_TEXT": {
      const value = single(raw[field]);
      if (value === null) return fail("core.validation.invalid");
      if (value === "") break;
      if (value.length > textMax[question.kind]) return fail("surveys.answer.validation.tooLong");
      if (hasControlCharacters(value)) return fail("core.validation.controlCharacters");
      return { ...answer, text: value };
    }
  }
  return question.required ? fail("surveys.answer.validation.required") : null;
}

/** The zod schema of one survey's answer form: raw fields in, the answers given out. */
export function answerSchema(questions: AnswerQuestion[]) {
  return z.looseObject({}).transform((raw, ctx) => {
    const issues: Issue[] = [];
    const answers = questions.flatMap((question) => readAnswer(question, raw, issues) ?? []);
    for (const issue of issues) ctx.addIssue({ code: "custom", path: [issue.field], message: issue.key });
    return answers;
  });
}
