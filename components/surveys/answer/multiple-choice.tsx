"use client";

import { useTranslations } from "next-intl";
import type { AnswerFormQuestion } from "./question-fields";

export const choiceRow = "flex min-h-11 items-center gap-3 rounded border border-stone-200 bg-white px-3";

type Props = {
  question: AnswerFormQuestion;
  field: string;
  chosen: string[];
  toggle: (value: string) => void;
  otherText: string;
  setOtherText: (value: string) => void;
  otherError: string;
};

/** Checkboxes, and where the question allows it an "other" box with its own text. */
export function MultipleChoice({
  question,
  field,
  chosen,
  toggle,
  otherText,
  setOtherText,
  otherError,
}: Props) {
  const t = useTranslations("surveys.answer");
  const otherField = `${field}other`;
  return (
    <>
      {question.options.map((option) => (
        <label key={option.id} className={choiceRow}>
          <input
            type="checkbox"
            name={field}
            value={option.id}
            checked={chosen.includes(String(option.id))}
            onChange={() => toggle(String(option.id))}
            className="size-5"
          />
          {option.label}
        </label>
      ))}
      {question.allowOther ? (
        <div className="space-y-1">
          <label className={choiceRow}>
            <input
              type="checkbox"
              name={field}
              value="other"
              checked={chosen.includes("other")}
              onChange={() => toggle("other")}
              className="size-5"
            />
            {t("other")}
          </label>
          <label htmlFor={otherField} className="sr-only">
            {t("otherText")}
          </label>
          <input
            id={otherField}
            name={otherField}
            className="control"
            maxLength={200}
            placeholder={t("otherText")}
            value={otherText}
            onChange={(event) => setOtherText(event.target.value)}
            aria-invalid={otherError ? true : undefined}
            aria-describedby={otherError ? `${otherField}-error` : undefined}
          />
          {otherError ? (
            <p id={`${otherField}-error`} className="text-sm text-red-800">
              {otherError}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
