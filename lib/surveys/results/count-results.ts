import { percentOf, sharesOfWhole } from "./percent";

// A survey's results per question, counted from its responses (pure: the page, the export
// and the tests share it). Percentages are of the respondents who answered the question:
// - single choice and rating: each respondent in exactly one bar, so the shares add up to 100;
// - multiple choice: a respondent may tick several boxes, so shares may add up to more than
//   100; "other" is a bar of its own, its texts are listed;
// - ranking: the mean rank of each option (1 = first) and how often it was ranked first.
// A skipped optional question counts as not answered, never as a zero.

export type CountQuestion = {
  id: number;
  kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "RATING" | "RANKING" | "SHORT_TEXT" | "LONG_TEXT";
  prompt: string;
  allowOther: boolean;
  options: Array<{ id: number; label: string }>;
};

export type CountAnswer = {
  questionId: number;
  optionIds: number[];
  otherText: string;
  rating: number | null;
  text: string;
};
export type CountResponse = { unitName: string; answers: CountAnswer[] };

export type Bar = { label: string; optionId: number | null; count: number; percent: number };

export type QuestionResult = { question: CountQuestion; answered: number; skipped: number } & (
  | { kind: "choice"; bars: Bar[]; others: Array<{ unitName: string; text: string }>; multiple: boolean }
  | { kind: "rating"; bars: Bar[]; mean: number | null }
  | {
      kind: "ranking";
      ranks: Array<{
        optionId: number;
        label: string;
        meanRank: number;
        firstPlace: number;
        firstPercent: number;
      }>;
    }
  | { kind: "text"; texts: Array<{ unitName: string; text: string }> }
);

const round2 = (value: number) => Math.round(value * 100) / 100;

function isAnswered(question: CountQuestion, answer: CountAnswer | undefined): answer is CountAnswer {
  if (!answer) return false;
  if (question.kind === "RATING") return answer.rating !== null;
  if (question.kind === "SHORT_TEXT" || question.kind === "LONG_TEXT") return answer.text.trim() !== "";
  return answer.optionIds.length > 0 || answer.otherText.trim() !== "";
}

function countQuestion(
  question: CountQuestion,
  responses: CountResponse[],
  otherLabel: string,
): QuestionResult {
  const given = responses.flatMap((response) => {
    const answer = response.answers.find((a) => a.questionId === question.id);
    return isAnswered(question, answer) ? [{ unitName: response.unitName, answer }] : [];
  });
  const base = { question, answered: given.length, skipped: responses.length - given.length };
  const chose = (optionId: number) =>
    given.filter(({ answer }) => answer.optionIds.includes(optionId)).length;

  switch (question.kind) {
    case "SINGLE_CHOICE": {
      const counts = question.options.map((option) => chose(option.id));
      const shares = sharesOfWhole(counts);
      const bars = question.options.map((option, i) => ({
        label: option.label,
        optionId: option.id,
        count: counts[i]!,
        percent: shares[i]!,
      }));
      return { ...base, kind: "choice", bars, others: [], multiple: false };
    }
    case "MULTIPLE_CHOICE": {
      const bars: Bar[] = question.options.map((option) => {
        const count = chose(option.id);
        return { label: option.label, optionId: option.id, count, percent: percentOf(count, given.length) };
      });
      const others = given
        .filter(({ answer }) => answer.otherText.trim() !== "")
        .map(({ unitName, answer }) => ({ unitName, text: answer.otherText }));
      if (question.allowOther || others.length > 0)
        bars.push({
          label: otherLabel,
          optionId: null,
          count: others.length,
          percent: percentOf(others.length, given.length),
        });
      return { ...base, kind: "choice", bars, others, multiple: true };
    }
    case "RATING": {
      const counts = [1, 2, 3, 4, 5].map(
        (value) => given.filter(({ answer }) => answer.rating === value).length,
      );
      const shares = sharesOfWhole(counts);
      const bars = counts.map((count, i) => ({
        label: String(i + 1),
        optionId: null,
        count,
        percent: shares[i]!,
      }));
      const sum = given.reduce((total, { answer }) => total + (answer.rating ?? 0), 0);
      return { ...base, kind: "rating", bars, mean: given.length === 0 ? null : round2(sum / given.length) };
    }
    case "RANKING": {
      const firsts = question.options.map(
        (option) => given.filter(({ answer }) => answer.optionIds[0] === option.id).length,
      );
      const firstShares = sharesOfWhole(firsts);
      const ranks = question.options.map((option, i) => {
        const places = given
          .map(({ answer }) => answer.optionIds.indexOf(option.id))
          .filter((index) => index >= 0);
        const meanRank =
          places.length === 0 ? 0 : round2(places.reduce((sum, index) => sum + index + 1, 0) / places.length);
        return {
          optionId: option.id,
          label: option.label,
          meanRank,
          firstPlace: firsts[i]!,
          firstPercent: firstShares[i]!,
        };
      });
      return { ...base, kind: "ranking", ranks };
    }
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return {
        ...base,
        kind: "text",
        texts: given.map(({ unitName, answer }) => ({ unitName, text: answer.text })),
      };
  }
}

/** Every question's result, in the questions' order. `otherLabel` names the "other" bar. */
export function countResults(
  questions: CountQuestion[],
  responses: CountResponse[],
  otherLabel: string,
): QuestionResult[] {
  return questions.map((question) => countQuestion(question, responses, otherLabel));
}
