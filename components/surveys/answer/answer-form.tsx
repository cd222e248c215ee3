"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/core/forms/form-state";
import { answerSurvey } from "@/lib/surveys/answer/actions";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { QuestionFields, type AnswerFormQuestion } from "./question-fields";
import type { FormAnswers } from "./answer-values";

type Props = {
  surveyId: number;
  questions: AnswerFormQuestion[];
  /** The unit's saved answer as field values (empty for a first answer). */
  initial: FormAnswers;
  /** The saved response's version, or null before the first answer. */
  responseVersion: number | null;
  /** Outside the answer window the saved answer is shown, not sent. */
  readOnly: boolean;
};

/** The unit's answer to a survey: every question, one submit; answering again changes it. */
export function AnswerForm({ surveyId, questions, initial, responseVersion, readOnly }: Props) {
  const t = useTranslations("surveys.answer");
  const [state, action] = useActionState(answerSurvey, initialFormState);
  // Controlled fields: they keep what was chosen when a refused form comes back.
  const [values, setValues] = useState<FormAnswers>(initial);
  const set = (field: string, value: string | string[]) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  return (
    <form action={action} className="space-y-6" noValidate aria-label={t("formLabel")}>
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="responseVersion" value={responseVersion ?? ""} />
      <fieldset disabled={readOnly} className="space-y-6">
        {questions.map((question, index) => (
          <div key={question.id} className="card-raised p-4">
            <QuestionFields question={question} number={index + 1} values={values} set={set} state={state} />
          </div>
        ))}
      </fieldset>
      <FormMessage state={state} />
      {readOnly ? null : (
        <SubmitButton
          label={responseVersion === null ? t("submit") : t("change")}
          className="w-full sm:w-auto"
        />
      )}
    </form>
  );
}
