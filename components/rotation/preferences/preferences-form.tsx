"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { saveRotationPreferences } from "@/lib/rotation/preferences/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";

type Props = {
  year: number;
  version: number;
  dutyMonths: number[];
  preferences: number[];
  blackouts: number[];
};

/**
 * Ranked preferred months as three selects (duty months only) and blackout months as checkboxes:
 * all twelve, the months without duty greyed and unpickable, and the form says why they are missing.
 */
export function PreferencesForm({ year, version, dutyMonths, preferences, blackouts }: Props) {
  const t = useTranslations("rotation.unit");
  const describe = useDescribe();
  const [state, action] = useActionState(saveRotationPreferences, initialFormState);
  const id = useId();
  const options = [
    { value: "", label: t("noChoice") },
    ...dutyMonths.map((month) => ({ value: String(month), label: t("month", { month }) })),
  ];
  // After a refused save the echoed values win (React resets the form after an action).
  const isBlackout = (month: number) =>
    state.values ? state.values[`blackout${month}`] === "on" : blackouts.includes(month);
  const blackoutErrors = state.fieldErrors?.blackout ?? [];
  const allMonths = Array.from({ length: 12 }, (_, index) => index + 1);
  const noDuty = allMonths.filter((month) => !dutyMonths.includes(month));
  return (
    <form action={action} className="space-y-4" key={state.ok ? `saved-${version}` : "form"}>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      {noDuty.length > 0 ? (
        <p className="text-sm text-stone-700">
          {t("noDutyMonths", { months: noDuty.map((month) => t("month", { month })).join("、") })}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        {([1, 2, 3] as const).map((rank) => (
          <Field
            key={rank}
            as="select"
            name={`choice${rank}`}
            label={t(`choice${rank}`)}
            state={state}
            options={options}
            defaultValue={preferences[rank - 1] ? String(preferences[rank - 1]) : ""}
          />
        ))}
      </div>
      <fieldset aria-describedby={`${id}-hint${blackoutErrors.length ? ` ${id}-error` : ""}`}>
        <legend className="text-sm font-medium">{t("blackoutsLegend")}</legend>
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {t("blackoutsHint")}
        </p>
        <div className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4">
          {allMonths.map((month) =>
            dutyMonths.includes(month) ? (
              <label key={month} className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  name={`blackout${month}`}
                  defaultChecked={isBlackout(month)}
                  key={String(isBlackout(month))}
                  className="size-5"
                />
                {t("month", { month })}
              </label>
            ) : (
              <label key={month} className="flex min-h-11 items-center gap-2 text-stone-600">
                <input type="checkbox" disabled className="size-5" />
                {t("monthNoDuty", { month: t("month", { month }) })}
              </label>
            ),
          )}
        </div>
        {blackoutErrors.length ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
            {blackoutErrors.map(describe).join(" ")}
          </p>
        ) : null}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
