"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveRotationYear } from "@/lib/rotation/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { MonthCheckboxes } from "./month-checkboxes";

export type SettingsValues = {
  year: number;
  dutyMonths: number[];
  defaultTimes: number;
  /** YYYY-MM-DD or "". */
  preferenceDeadline: string;
  version: number;
};

// Spring Festival usually falls in February: no duty then unless the admin says otherwise.
const defaultDutyMonths = [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Creating a year's rotation settings (no `settings`) or editing them. */
export function SettingsForm({ year, settings }: { year: number; settings: SettingsValues | null }) {
  const t = useTranslations("rotation.admin.settings");
  const [state, action] = useActionState(saveRotationYear, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={settings?.version ?? ""} />
      <MonthCheckboxes
        name="dutyMonths"
        legend={t("dutyMonths")}
        hint={t("dutyMonthsHint")}
        state={state}
        defaultChecked={settings?.dutyMonths ?? defaultDutyMonths}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="defaultTimes"
          label={t("defaultTimes")}
          hint={t("defaultTimesHint")}
          type="number"
          inputMode="numeric"
          state={state}
          defaultValue={String(settings?.defaultTimes ?? 1)}
          required
        />
        <Field
          name="preferenceDeadline"
          label={t("deadline")}
          hint={t("deadlineHint")}
          type="date"
          state={state}
          defaultValue={settings?.preferenceDeadline}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton label={settings ? t("save") : t("create")} pendingLabel={t("saving")} />
    </form>
  );
}
