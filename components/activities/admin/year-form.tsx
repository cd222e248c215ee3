"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createYear, updateYear } from "@/lib/activities/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

export type YearFormValues = {
  year: number;
  title: string;
  maxLeadsPerUnit: number;
  releaseDeadline: string;
  /** PlanYear.updatedAt (ISO) when the page was rendered. */
  version: string;
};

/** Creating a year's list (no `plan`) or editing its settings. */
export function YearForm({ plan, suggestedYear }: { plan?: YearFormValues; suggestedYear?: number }) {
  const t = useTranslations("activities.admin.yearForm");
  const [state, action] = useActionState(plan ? updateYear : createYear, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {plan ? (
        <>
          <input type="hidden" name="year" value={plan.year} />
          <input type="hidden" name="version" value={plan.version} />
        </>
      ) : (
        <Field
          name="year"
          label={t("year")}
          type="number"
          inputMode="numeric"
          state={state}
          defaultValue={suggestedYear ? String(suggestedYear) : undefined}
          required
        />
      )}
      <Field
        name="title"
        label={t("title")}
        maxLength={120}
        state={state}
        defaultValue={plan?.title}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="maxLeadsPerUnit"
          label={t("maxLeadsPerUnit")}
          hint={t("maxLeadsPerUnitHint")}
          type="number"
          inputMode="numeric"
          state={state}
          defaultValue={String(plan?.maxLeadsPerUnit ?? 1)}
          required
        />
        <Field
          name="releaseDeadline"
          label={t("releaseDeadline")}
          hint={t("releaseDeadlineHint")}
          type="date"
          state={state}
          defaultValue={plan?.releaseDeadline}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton label={plan ? t("save") : t("create")} pendingLabel={t("saving")} />
    </form>
  );
}
