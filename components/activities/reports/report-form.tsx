"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { submitReport } from "@/lib/activities/reports/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { ResultRows } from "@/components/core/forms/result-rows";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

export type ReportFormUnit = { unitId: number; name: string; checkIns: number; count: number };
export type ReportFormDefaults = {
  actualDate: string;
  volunteerCount: string;
  serviceHours: string;
  summary: string;
  results: Array<{ label: string; value: string; unit: string }>;
};

type Props = {
  activityId: number;
  /** Set when fixing a returned report: the version it was returned at. */
  reportVersion: number | null;
  units: ReportFormUnit[];
  defaults: ReportFormDefaults;
  rowCount: number;
};

/** The outcome report. Unit counts start from check-ins; a changed number is stored as a correction. */
export function ReportForm({ activityId, reportVersion, units, defaults, rowCount }: Props) {
  const t = useTranslations("activities.reports");
  const [state, action] = useActionState(submitReport, initialFormState);
  const rows = Array.from(
    { length: rowCount },
    (_, index) => defaults.results[index] ?? { label: "", value: "", unit: "" },
  );
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="activityId" value={activityId} />
      {reportVersion === null ? null : <input type="hidden" name="reportVersion" value={reportVersion} />}
      <Field
        name="actualDate"
        label={t("actualDate")}
        type="date"
        defaultValue={defaults.actualDate}
        state={state}
        required
      />

      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("participantsPerUnit")}</legend>
        <p className="text-sm text-stone-600">{t("participantsHint")}</p>
        {units.map((unit) => (
          <Field
            key={unit.unitId}
            name={`participant_${unit.unitId}`}
            label={unit.name}
            hint={t("checkedInCount", { count: unit.checkIns })}
            type="number"
            inputMode="numeric"
            defaultValue={String(unit.count)}
            state={state}
          />
        ))}
      </fieldset>

      <Field
        name="volunteerCount"
        label={t("volunteerCount")}
        type="number"
        inputMode="numeric"
        defaultValue={defaults.volunteerCount}
        state={state}
        required
      />
      <Field
        name="serviceHours"
        label={t("serviceHours")}
        hint={t("serviceHoursHint")}
        inputMode="decimal"
        defaultValue={defaults.serviceHours}
        state={state}
        required
      />
      <Field
        name="summary"
        label={t("summary")}
        as="textarea"
        rows={6}
        maxLength={5000}
        defaultValue={defaults.summary}
        state={state}
        required
      />

      <ResultRows
        rows={rows}
        state={state}
        legendClassName="font-semibold"
        labels={{
          legend: t("results"),
          hint: t("resultsHint"),
          label: (n) => t("resultLabel", { n }),
          value: t("resultValue"),
          unit: t("resultUnit"),
        }}
      />

      <FormMessage state={state} />
      <SubmitButton label={reportVersion === null ? t("submitReport") : t("resubmitReport")} />
    </form>
  );
}
