"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/core/forms/form-state";
import { addQuestion, updateQuestion } from "@/lib/surveys/build/actions";
import { CheckboxField, Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

export const questionKinds = [
  "SINGLE_CHOICE",
  "MULTIPLE_CHOICE",
  "RATING",
  "RANKING",
  "SHORT_TEXT",
  "LONG_TEXT",
] as const;

type Props = {
  surveyId: number;
  version: number;
  /** The question being edited; absent for a new one. */
  question?: {
    id: number;
    kind: string;
    prompt: string;
    required: boolean;
    allowOther: boolean;
    options: string[];
  };
};

/**
 * Adds or edits one question: kind, prompt, required, the options one per line (choice and
 * ranking kinds) and the "other" box (multiple choice). The kind picks which fields show; the
 * server ignores options and "other" where the kind has none.
 */
export function QuestionForm({ surveyId, version, question }: Props) {
  const t = useTranslations("surveys.admin");
  const [state, action] = useActionState(question ? updateQuestion : addQuestion, initialFormState);
  const [kind, setKind] = useState(question?.kind ?? "SINGLE_CHOICE");
  const withOptions = kind === "SINGLE_CHOICE" || kind === "MULTIPLE_CHOICE" || kind === "RANKING";
  const prefix = question ? `question-${question.id}` : "new-question";
  return (
    <form
      action={action}
      className="space-y-3"
      noValidate
      aria-label={question ? t("question.editLabel") : t("question.addLabel")}
    >
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="version" value={version} />
      {question ? <input type="hidden" name="questionId" value={question.id} /> : null}
      <div>
        <label htmlFor={`${prefix}-kind`} className="block text-sm font-medium">
          {t("question.kind")}
        </label>
        <select
          id={`${prefix}-kind`}
          name="kind"
          className="control"
          value={kind}
          onChange={(event) => setKind(event.target.value)}
        >
          {questionKinds.map((value) => (
            <option key={value} value={value}>
              {t(`kinds.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <Field
        name="prompt"
        label={t("question.prompt")}
        as="textarea"
        rows={2}
        state={state}
        defaultValue={question?.prompt}
        maxLength={300}
        required
      />
      {withOptions ? (
        <Field
          name="options"
          label={t("question.options")}
          as="textarea"
          rows={4}
          state={state}
          defaultValue={question?.options.join("\n")}
          hint={t("question.optionsHint")}
        />
      ) : null}
      <CheckboxField
        name="required"
        label={t("question.required")}
        state={state}
        defaultChecked={question?.required ?? true}
      />
      {kind === "MULTIPLE_CHOICE" ? (
        <CheckboxField
          name="allowOther"
          label={t("question.allowOther")}
          state={state}
          defaultChecked={question?.allowOther ?? false}
        />
      ) : null}
      <FormMessage state={state} />
      <SubmitButton
        label={question ? t("question.save") : t("question.add")}
        variant={question ? "secondary" : "primary"}
      />
    </form>
  );
}
