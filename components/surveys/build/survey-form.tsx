"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/core/i18n/navigation";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createSurvey, updateSurvey } from "@/lib/surveys/build/actions";
import { CheckboxField, Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Props = {
  /** The draft's id and version when editing; absent when starting a survey. */
  survey?: { id: number; version: number };
  /** Field values: title, intro, opensAt and closesAt (Beijing datetime-local), anonymous ("on"/""). */
  defaults: Record<string, string>;
};

/** A survey's title, introduction, answer window (Beijing time) and anonymity. */
export function SurveyForm({ survey, defaults }: Props) {
  const t = useTranslations("surveys.admin");
  const router = useRouter();
  const [state, action] = useActionState(survey ? updateSurvey : createSurvey, initialFormState);
  const createdId = !survey && state.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/admin/surveys/${createdId}`);
  }, [createdId, router]);
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("form.label")}>
      {survey ? (
        <>
          <input type="hidden" name="surveyId" value={survey.id} />
          <input type="hidden" name="version" value={survey.version} />
        </>
      ) : null}
      <div key={survey?.version ?? "new"} className="space-y-4">
        <Field
          name="title"
          label={t("form.title")}
          state={state}
          defaultValue={defaults.title}
          maxLength={120}
          required
        />
        <Field
          name="intro"
          label={t("form.intro")}
          as="textarea"
          rows={3}
          state={state}
          defaultValue={defaults.intro}
          maxLength={2000}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="opensAt"
            label={t("form.opensAt")}
            type="datetime-local"
            state={state}
            defaultValue={defaults.opensAt}
            hint={t("form.beijingTime")}
            required
          />
          <Field
            name="closesAt"
            label={t("form.closesAt")}
            type="datetime-local"
            state={state}
            defaultValue={defaults.closesAt}
            hint={t("form.beijingTime")}
            required
          />
        </div>
        <CheckboxField
          name="anonymous"
          label={t("form.anonymous")}
          state={state}
          defaultChecked={defaults.anonymous === "on"}
        />
        <p className="text-sm text-stone-600">{t("form.anonymousHint")}</p>
      </div>
      <FormMessage state={state} />
      <SubmitButton label={survey ? t("form.save") : t("form.create")} />
    </form>
  );
}
