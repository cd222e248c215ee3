"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/core/forms/form-state";
import { weekdays } from "@/lib/venues/manage/opening-hours";
import { useDescribe } from "@/components/core/forms/use-describe";

type Props = { state: FormState; value: (name: string) => string };

/** Mon..Sun: a "closed" checkbox or opening and closing times, with errors beside each day. */
export function OpeningHoursFieldset({ state, value }: Props) {
  const t = useTranslations("venues.manage");
  const describe = useDescribe();
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t("fields.openingHours")}</legend>
      {weekdays.map((day) => {
        const errors = [
          ...(state.fieldErrors?.[`opens${day}`] ?? []),
          ...(state.fieldErrors?.[`closes${day}`] ?? []),
        ];
        const errorId = `hours-${day}-error`;
        const describedBy = errors.length ? errorId : undefined;
        const weekday = t(`weekdays.${day}`);
        return (
          <div key={`${day}-${value(`opens${day}`)}-${value(`closes${day}`)}-${value(`closed${day}`)}`}>
            <div className="flex flex-wrap items-center gap-3">
              <span className="w-10 font-medium">{weekday}</span>
              <label className="flex items-center gap-1 text-sm">
                <input
                  type="checkbox"
                  name={`closed${day}`}
                  defaultChecked={value(`closed${day}`) === "on"}
                  className="size-5"
                />
                {t("fields.closed")}
              </label>
              <label className="text-sm">
                <span className="sr-only">{`${weekday} ${t("fields.opens")}`}</span>
                <input
                  type="time"
                  name={`opens${day}`}
                  defaultValue={value(`opens${day}`)}
                  aria-invalid={errors.length > 0 || undefined}
                  aria-describedby={describedBy}
                  className="rounded border border-stone-400 bg-white px-2 py-1"
                />
              </label>
              <span aria-hidden="true">–</span>
              <label className="text-sm">
                <span className="sr-only">{`${weekday} ${t("fields.closes")}`}</span>
                <input
                  type="time"
                  name={`closes${day}`}
                  defaultValue={value(`closes${day}`)}
                  aria-invalid={errors.length > 0 || undefined}
                  aria-describedby={describedBy}
                  className="rounded border border-stone-400 bg-white px-2 py-1"
                />
              </label>
            </div>
            {errors.length ? (
              <p id={errorId} className="mt-1 text-sm text-red-800">
                {errors.map(describe).join(" ")}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
