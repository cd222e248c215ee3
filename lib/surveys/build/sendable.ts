import { hasOptions } from "./options";

// What stops a draft from being sent: an empty questionnaire, or a question that offers no
// real choice (fewer than two options to choose from or to rank).

export type SendProblem = { key: string; values?: Record<string, string | number> };

export function sendProblems(
  questions: Array<{ position: number; kind: string; optionCount: number }>,
): SendProblem[] {
  if (questions.length === 0) return [{ key: "surveys.admin.errors.noQuestions" }];
  return [...questions]
    .sort((a, b) => a.position - b.position)
    .flatMap((question, index) =>
      hasOptions(question.kind) && question.optionCount < 2
        ? [{ key: "surveys.admin.errors.tooFewOptions", values: { number: index + 1 } }]
        : [],
    );
}
