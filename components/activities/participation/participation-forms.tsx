"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import { claimActivity, joinActivity, withdrawActivity } from "@/lib/activities/participation/actions";

/** "none": nothing to do now, but the last result message stays (e.g. right after a claim). */
export type PanelMode = "claim" | "join" | "withdraw" | "none";

// One state for the panel's forms: after a claim or join the server re-renders the panel in
// another mode, and the result message must survive that switch.
async function dispatch(previous: FormState, formData: FormData): Promise<FormState> {
  const intent = formData.get("intent");
  if (intent === "claim") return claimActivity(previous, formData);
  if (intent === "withdraw") return withdrawActivity(previous, formData);
  return joinActivity(previous, formData);
}

/** The signed-in secretary's buttons on the public activity page. */
export function ParticipationForms({
  activityId,
  mode,
  onResult,
}: {
  activityId: number;
  mode: PanelMode;
  /** Called after each answer: the island asks again what the unit can do now. */
  onResult?: () => void;
}) {
  const t = useTranslations("activities.participation");
  const [state, action] = useActionState(dispatch, initialFormState);
  useEffect(() => {
    if (state !== initialFormState) onResult?.();
  }, [state, onResult]);
  const hidden = <input type="hidden" name="activityId" value={activityId} />;
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {mode === "claim" ? (
        <form action={action} className="space-y-2">
          {hidden}
          <input type="hidden" name="intent" value="claim" />
          <p className="text-sm text-stone-600">{t("claimHint")}</p>
          <SubmitButton label={t("claim")} />
        </form>
      ) : mode === "join" ? (
        <form action={action} className="space-y-3" noValidate>
          {hidden}
          <input type="hidden" name="intent" value="join" />
          <Field
            name="headcount"
            label={t("headcount")}
            type="number"
            inputMode="numeric"
            defaultValue="10"
            state={state}
            required
          />
          <SubmitButton label={t("join")} />
        </form>
      ) : mode === "withdraw" ? (
        <form action={action}>
          {hidden}
          <input type="hidden" name="intent" value="withdraw" />
          <SubmitButton label={t("withdraw")} variant="secondary" />
        </form>
      ) : null}
    </div>
  );
}
