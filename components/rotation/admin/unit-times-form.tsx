"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { saveRotationUnitTimes } from "@/lib/rotation/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { useDescribe } from "@/components/core/forms/use-describe";
import { SubmitButton } from "@/components/core/forms/form-status";

/** One unit's times this year; blank means the year's default. Compact, for a list row. */
export function UnitTimesForm({
  year,
  unitId,
  unitName,
  times,
  defaultTimes,
}: {
  year: number;
  unitId: number;
  unitName: string;
  times: number | null;
  defaultTimes: number;
}) {
  const t = useTranslations("rotation.admin.units");
  const describe = useDescribe();
  const id = useId();
  const [state, action] = useActionState(saveRotationUnitTimes, initialFormState);
  const error = state.fieldErrors?.times?.[0] ?? (!state.ok ? state.message : undefined);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="unitId" value={unitId} />
      <div>
        <label htmlFor={id} className="block text-xs text-stone-700">
          {t("timesLabel", { unit: unitName })}
        </label>
        <input
          id={id}
          name="times"
          type="number"
          inputMode="numeric"
          min={0}
          max={12}
          defaultValue={state.values?.times ?? (times === null ? "" : String(times))}
          key={state.values?.times}
          placeholder={t("timesDefault", { times: defaultTimes })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="w-28 rounded border border-stone-400 px-2 py-1 aria-[invalid=true]:border-red-700"
        />
      </div>
      <SubmitButton label={t("saveTimes")} variant="secondary" />
      {error ? (
        <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-800">
          {describe(error)}
        </p>
      ) : state.ok ? (
        <p role="status" className="w-full text-sm text-green-900">
          {t("timesSaved")}
        </p>
      ) : null}
    </form>
  );
}
