"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { addLogEntry, updateLogEntry } from "@/lib/pairing/sites/actions";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { ResultRows } from "@/components/core/forms/result-rows";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";
import type { Option } from "./site-form";

/** A saved entry as the form shows it; absent for a new entry. */
export type LogEntryFormValues = {
  id: number;
  version: string;
  servedOn: string;
  volunteers: string;
  hours: string;
  summary: string;
  unitIds: string[];
  results: Array<{ label: string; value: string; unit: string }>;
};

/** Blank result rows offered after the saved ones (no script needed to add rows). */
const spareRows = 3;

/** The units a visit had: ticked from those serving the site, plus one more from all units. */
function UnitChoices({ state, units, checked }: { state: FormState; units: Option[]; checked: string[] }) {
  const t = useTranslations("pairing.sites.entryForm");
  const describe = useDescribe();
  const id = useId();
  const errors = state.fieldErrors?.unitIds ?? [];
  // A refused form echoes one value per name, so the boxes fall back to what was saved.
  return (
    <fieldset className="space-y-2" aria-describedby={errors.length ? `${id}-error` : undefined}>
      <legend className="font-medium">{t("units")}</legend>
      <p className="text-sm text-stone-600">{t("unitsHint")}</p>
      {units.map((unit) => (
        <label key={unit.value} className="flex min-h-6 items-center gap-2">
          <input
            type="checkbox"
            name="unitIds"
            value={unit.value}
            defaultChecked={checked.includes(unit.value)}
            className="size-5"
          />
          <span className="break-words">{unit.label}</span>
        </label>
      ))}
      {errors.length ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors.map(describe).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * Adding a visit to a site's log (no `entry`) or editing one. `servingUnits` are offered as
 * boxes to tick, `allUnits` in the select for a unit that came once.
 */
export function LogEntryForm({
  siteId,
  entry,
  servingUnits,
  allUnits,
  today,
}: {
  siteId: number;
  entry?: LogEntryFormValues;
  servingUnits: Option[];
  allUnits: Option[];
  today: string;
}) {
  const t = useTranslations("pairing.sites.entryForm");
  const [state, action] = useActionState(entry ? updateLogEntry : addLogEntry, initialFormState);
  const saved = entry?.results ?? [];
  const rows = Array.from(
    { length: saved.length + spareRows },
    (_, index) => saved[index] ?? { label: "", value: "", unit: "" },
  );
  return (
    <form action={action} className="space-y-4" noValidate aria-label={entry ? undefined : t("add")}>
      <input type="hidden" name="siteId" value={siteId} />
      {entry ? (
        <>
          <input type="hidden" name="entryId" value={entry.id} />
          <input type="hidden" name="version" value={entry.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          name="servedOn"
          label={t("servedOn")}
          type="date"
          state={state}
          defaultValue={entry?.servedOn ?? today}
          required
        />
        <Field
          name="volunteers"
          label={t("volunteers")}
          type="number"
          inputMode="numeric"
          state={state}
          defaultValue={entry?.volunteers}
          required
        />
        <Field
          name="hours"
          label={t("hours")}
          hint={t("hoursHint")}
          inputMode="decimal"
          state={state}
          defaultValue={entry?.hours}
          required
        />
      </div>
      <Field
        as="textarea"
        name="summary"
        label={t("summary")}
        maxLength={1000}
        rows={3}
        state={state}
        defaultValue={entry?.summary}
        required
      />
      {servingUnits.length > 0 ? (
        <UnitChoices state={state} units={servingUnits} checked={entry?.unitIds ?? []} />
      ) : null}
      <Field
        as="select"
        name="extraUnitId"
        label={t("extraUnit")}
        options={[{ value: "", label: t("none") }, ...allUnits]}
        state={state}
      />
      <ResultRows
        rows={rows}
        state={state}
        legendClassName="font-medium"
        labels={{
          legend: t("results"),
          hint: t("resultsHint"),
          label: (n) => t("resultLabel", { n }),
          value: t("resultValue"),
          unit: t("resultUnit"),
        }}
      />
      <FormMessage state={state} />
      <SubmitButton label={entry ? t("save") : t("add")} />
    </form>
  );
}
