"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/core/forms/form-state";
import { useDescribe } from "@/components/core/forms/use-describe";
import type { FormAnswers } from "./answer-values";
import { choiceRow, MultipleChoice } from "./multiple-choice";
import { RankingSelects } from "./ranking-selects";

export type AnswerFormQuestion = {
  id: number;
  kind: string;
  prompt: string;
  required: boolean;
  allowOther: boolean;
  options: Array<{ id: number; label: string }>;
};

type Props = {
  question: AnswerFormQuestion;
  number: number;
  values: FormAnswers;
  set: (field: string, value: string | string[]) => void;
  state: FormState;
};

/**
 * One question as tappable controls: radios, checkboxes with an "other" box, five rating
 * radios, one select per rank (no dragging), or a text box. Its errors sit under its legend.
 */
export function QuestionFields({ question, number, values, set, state }: Props) {
  const t = useTranslations("surveys.answer");
  const describe = useDescribe();
  const field = `q${question.id}`;
  const errorsOf = (name: string) => (state.fieldErrors?.[name] ?? []).map(describe).join(" ");
  const error = errorsOf(field);
  const otherError = errorsOf(`${field}other`);
  const one = (name: string) => {
    const value = values[name];
    return typeof value === "string" ? value : "";
  };
  const many = Array.isArray(values[field]) ? (values[field] as string[]) : one(field) ? [one(field)] : [];
  const toggle = (value: string) =>
    set(field, many.includes(value) ? many.filter((v) => v !== value) : [...many, value]);
  const errorId = `${field}-error`;

  return (
    <fieldset
      className="space-y-2"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="font-medium">
        {number}. {question.prompt}
        {question.required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : (
          <span className="text-sm text-stone-600"> {t("optional")}</span>
        )}
      </legend>
      {question.kind === "MULTIPLE_CHOICE" ? (
        <p className="text-sm text-stone-600">{t("chooseAny")}</p>
      ) : null}
      {question.kind === "RANKING" ? <p className="text-sm text-stone-600">{t("rankHint")}</p> : null}

      {question.kind === "SINGLE_CHOICE"
        ? question.options.map((option) => (
            <label key={option.id} className={choiceRow}>
              <input
                type="radio"
                name={field}
                value={option.id}
                checked={one(field) === String(option.id)}
                onChange={() => set(field, String(option.id))}
                className="size-5"
              />
              {option.label}
            </label>
          ))
        : null}

      {question.kind === "MULTIPLE_CHOICE" ? (
        <MultipleChoice
          question={question}
          field={field}
          chosen={many}
          toggle={toggle}
          otherText={one(`${field}other`)}
          setOtherText={(value) => set(`${field}other`, value)}
          otherError={otherError}
        />
      ) : null}

      {question.kind === "RATING" ? (
        <div className="flex flex-wrap gap-2">
          {["1", "2", "3", "4", "5"].map((value) => (
            <label
              key={value}
              className="flex min-h-11 min-w-11 items-center justify-center gap-1 rounded border border-stone-200 bg-white px-3"
            >
              <input
                type="radio"
                name={field}
                value={value}
                checked={one(field) === value}
                onChange={() => set(field, value)}
                className="size-5"
              />
              <span>{t("ratingValue", { value })}</span>
            </label>
          ))}
          <p className="w-full text-sm text-stone-600">{t("ratingScale")}</p>
        </div>
      ) : null}

      {question.kind === "RANKING" ? (
        <RankingSelects question={question} field={field} valueOf={one} set={set} />
      ) : null}

      {question.kind === "SHORT_TEXT" || question.kind === "LONG_TEXT" ? (
        <>
          <label htmlFor={field} className="sr-only">
            {question.prompt}
          </label>
          {question.kind === "SHORT_TEXT" ? (
            <input
              id={field}
              name={field}
              className="control"
              maxLength={200}
              value={one(field)}
              onChange={(event) => set(field, event.target.value)}
              aria-invalid={error ? true : undefined}
            />
          ) : (
            <textarea
              id={field}
              name={field}
              className="control"
              rows={4}
              maxLength={4000}
              value={one(field)}
              onChange={(event) => set(field, event.target.value)}
              aria-invalid={error ? true : undefined}
            />
          )}
        </>
      ) : null}

      {error ? (
        <p id={errorId} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
