"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/core/forms/form-state";
import { useDescribe } from "@/components/core/forms/use-describe";
import { stampOf } from "./result-stamp";
import { buttonClass } from "@/components/ui/button";

type Option = { value: string; label: string };

/**
 * The invited units as checkboxes named "invite", with select all / none. After a refused
 * submit the echoed choice is kept (the server only echoes the last value of a repeated field,
 * so the client keeps its own state instead of re-reading it).
 */
export function InviteCheckboxes({
  units,
  initial,
  state,
}: {
  units: Option[];
  initial: string[];
  state: FormState;
}) {
  const t = useTranslations("meetings.meeting.form");
  const describe = useDescribe();
  const id = useId();
  const [checked, setChecked] = useState<Set<string>>(() => new Set(initial));
  const errors = state.fieldErrors?.invite ?? [];
  const toggle = (value: string, on: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });
  const button = buttonClass("secondary", "", "sm");
  return (
    <fieldset
      className="space-y-3 rounded border border-stone-300 p-3"
      aria-describedby={errors.length ? `${id}-error` : `${id}-hint`}
    >
      <legend className="px-1 text-sm font-medium">{t("inviteLegend")}</legend>
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {t("inviteHint")} {t("invitedCount", { count: checked.size, total: units.length })}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() => setChecked(new Set(units.map((u) => u.value)))}
        >
          {t("selectAll")}
        </button>
        <button type="button" className={button} onClick={() => setChecked(new Set())}>
          {t("selectNone")}
        </button>
      </div>
      <ul key={stampOf(state)} className="grid max-h-80 gap-1 overflow-y-auto sm:grid-cols-2">
        {units.map((unit) => (
          <li key={unit.value} className="flex items-start gap-2 py-1">
            <input
              id={`${id}-${unit.value}`}
              type="checkbox"
              name="invite"
              value={unit.value}
              checked={checked.has(unit.value)}
              onChange={(event) => toggle(unit.value, event.target.checked)}
              className="mt-0.5 size-5 shrink-0"
            />
            <label htmlFor={`${id}-${unit.value}`} className="text-sm">
              {unit.label}
            </label>
          </li>
        ))}
      </ul>
      {errors.length ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-800">
          {errors.map(describe).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
