// The answer form's field values from a saved response (field names as in
// lib/surveys/answer/answer-schema.ts), so a unit changing its answer starts from what it sent.

export type FormAnswers = Record<string, string | string[]>;

type SavedAnswer = {
  questionId: number;
  optionIds: number[];
  otherText: string;
  rating: number | null;
  text: string;
};
type Question = { id: number; kind: string };

export function formAnswersOf(questions: Question[], saved: SavedAnswer[]): FormAnswers {
  const values: FormAnswers = {};
  for (const question of questions) {
    const answer = saved.find((a) => a.questionId === question.id);
    if (!answer) continue;
    const field = `q${question.id}`;
    switch (question.kind) {
      case "SINGLE_CHOICE":
        values[field] = answer.optionIds[0] === undefined ? "" : String(answer.optionIds[0]);
        break;
      case "MULTIPLE_CHOICE":
        values[field] = [...answer.optionIds.map(String), ...(answer.otherText ? ["other"] : [])];
        values[`${field}other`] = answer.otherText;
        break;
      case "RATING":
        values[field] = answer.rating === null ? "" : String(answer.rating);
        break;
      case "RANKING":
        answer.optionIds.forEach((id, index) => (values[`${field}r${index + 1}`] = String(id)));
        break;
      default:
        values[field] = answer.text;
    }
  }
  return values;
}
