"use client";

import { useFormatter, useTranslations } from "next-intl";
import { addSiteUnit, removeSiteUnit } from "@/lib/pairing/sites/actions";
import { ActionForm } from "@/components/core/forms/action-form";
import { Field } from "@/components/core/forms/field";
import type { Option } from "./site-form";

export type ServingUnit = { id: number; name: string; since: string };

/** The units serving a site: each with its remove button, then the form adding one more. */
export function SiteUnitsPanel({
  siteId,
  units,
  choices,
  today,
}: {
  siteId: number;
  units: ServingUnit[];
  choices: Option[];
  today: string;
}) {
  const t = useTranslations("pairing.sites.units");
  const ts = useTranslations("pairing.sites.servedBy");
  const format = useFormatter();
  const serving = new Set(units.map((unit) => String(unit.id)));
  return (
    <div className="space-y-4">
      {units.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {units.map((unit) => (
            <li key={unit.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span className="min-w-0 break-words">
                {unit.name}
                <span className="ml-2 text-sm text-stone-600">
                  {ts("since", {
                    date: format.dateTime(new Date(`${unit.since}T00:00:00Z`), {
                      timeZone: "UTC",
                      dateStyle: "medium",
                    }),
                  })}
                </span>
              </span>
              <ActionForm
                action={removeSiteUnit}
                hidden={{ siteId, unitId: unit.id }}
                submitLabel={t("remove")}
                variant="danger-outline"
                aria-label={t("removeLabel", { name: unit.name })}
                className="flex flex-col items-end gap-1"
              />
            </li>
          ))}
        </ul>
      )}
      <ActionForm action={addSiteUnit} hidden={{ siteId }} submitLabel={t("add")} variant="secondary">
        {(state) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <Field
              as="select"
              name="unitId"
              label={t("unit")}
              options={[
                { value: "", label: t("chooseUnit") },
                ...choices.filter((choice) => !serving.has(choice.value)),
              ]}
              state={state}
              required
            />
            <Field name="since" label={t("since")} type="date" defaultValue={today} state={state} required />
          </div>
        )}
      </ActionForm>
    </div>
  );
}
