"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/core/forms/form-state";
import { sendSurvey } from "@/lib/surveys/build/actions";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";

type Props = { surveyId: number; version: number; units: Array<{ id: number; name: string }> };

/** Sends the draft to every active unit or to the units ticked. */
export function SendForm({ surveyId, version, units }: Props) {
  const t = useTranslations("surveys.admin");
  const describe = useDescribe();
  const [state, action] = useActionState(sendSurvey, initialFormState);
  const [audience, setAudience] = useState("all");
  const unitErrors = state.fieldErrors?.unitIds ?? [];
  return (
    <form action={action} className="space-y-3" noValidate aria-label={t("send.label")}>
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("send.audience")}</legend>
        {(["all", "chosen"] as const).map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="audience"
              value={value}
              checked={audience === value}
              onChange={() => setAudience(value)}
              className="size-5"
            />
            {value === "all" ? t("send.all", { count: units.length }) : t("send.chosen")}
          </label>
        ))}
      </fieldset>
      {audience === "chosen" ? (
        <fieldset className="space-y-1" aria-describedby={unitErrors.length ? "send-units-error" : undefined}>
          <legend className="text-sm font-medium">{t("send.units")}</legend>
          <div className="grid max-h-80 gap-1 overflow-y-auto rounded border border-stone-200 p-2 sm:grid-cols-2">
            {units.map((unit) => (
              <label key={unit.id} className="flex min-h-8 items-center gap-2 text-sm">
                <input type="checkbox" name="unitIds" value={unit.id} className="size-5" />
                {unit.name}
              </label>
            ))}
          </div>
          {unitErrors.length ? (
            <p id="send-units-error" className="text-sm text-red-800">
              {unitErrors.map(describe).join(" ")}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <FormMessage state={state} />
      <SubmitButton label={t("send.submit")} />
    </form>
  );
}
