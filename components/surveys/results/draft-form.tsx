"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/core/forms/form-state";
import { draftActivities } from "@/lib/surveys/results/actions";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";

type Props = {
  surveyId: number;
  /** Each question with its options, to pick from (the question itself, or its options). */
  questions: Array<{ id: number; prompt: string; options: Array<{ id: number; label: string }> }>;
  years: Array<{ year: number; title: string }>;
  defaultYear: number | null;
  types: Array<{ value: string; label: string }>;
  commitments: Array<{ value: string; label: string }>;
};

/** Drafts activities of a year's list from picked options and questions, in one step. */
export function DraftForm({ surveyId, questions, years, defaultYear, types, commitments }: Props) {
  const t = useTranslations("surveys.admin.draft");
  const describe = useDescribe();
  const [state, action] = useActionState(draftActivities, initialFormState);
  const pickErrors = (state.fieldErrors?.picks ?? []).map(describe).join(" ");
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: t("month", { month: i + 1 }),
  }));
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("label")}>
      <input type="hidden" name="surveyId" value={surveyId} />
      <fieldset className="space-y-3" aria-describedby={pickErrors ? "draft-picks-error" : undefined}>
        <legend className="text-sm font-medium">{t("picks")}</legend>
        {questions.map((question, index) => (
          <div key={question.id} className="space-y-1">
            <label className="flex min-h-8 items-start gap-2 text-sm font-medium">
              <input
                type="checkbox"
                name="picks"
                value={`q${question.id}`}
                className="mt-0.5 size-5 shrink-0"
              />
              <span>
                {index + 1}. {question.prompt}
              </span>
            </label>
            {question.options.map((option) => (
              <label key={option.id} className="ml-7 flex min-h-8 items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="picks"
                  value={`o${option.id}`}
                  className="mt-0.5 size-5 shrink-0"
                />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
        ))}
        {pickErrors ? (
          <p id="draft-picks-error" className="text-sm text-red-800">
            {pickErrors}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          as="select"
          name="year"
          label={t("year")}
          state={state}
          defaultValue={defaultYear ? String(defaultYear) : undefined}
          options={years.map((y) => ({ value: String(y.year), label: `${y.year} · ${y.title}` }))}
        />
        <Field as="select" name="plannedMonth" label={t("plannedMonth")} state={state} options={months} />
        <Field as="select" name="type" label={t("type")} state={state} defaultValue="OTHER" options={types} />
        <Field as="select" name="commitment" label={t("commitment")} state={state} options={commitments} />
      </div>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      <FormMessage state={state} />
      <SubmitButton label={t("submit")} />
    </form>
  );
}
