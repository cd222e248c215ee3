"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { cancelActivity, markActivityHeld } from "@/lib/activities/reports/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Props = { activityId: number; version: number };

/** OPEN or CLOSED → DONE: the lead confirms the activity took place. */
export function MarkHeldForm({
  activityId,
  version,
  variant = "primary",
}: Props & { variant?: "primary" | "secondary" }) {
  const t = useTranslations("activities.reports");
  const [state, action] = useActionState(markActivityHeld, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-stone-700">{t("markHeldHint")}</p>
      <FormMessage state={state} />
      <SubmitButton label={t("markHeld")} variant={variant} />
    </form>
  );
}

/** Cancelling with a reason, told to every unit still signed up. */
export function CancelActivityForm({ activityId, version }: Props) {
  const t = useTranslations("activities.reports");
  const [state, action] = useActionState(cancelActivity, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={version} />
      <Field
        name="reason"
        label={t("cancelReason")}
        as="textarea"
        rows={2}
        maxLength={500}
        state={state}
        required
      />
      <FormMessage state={state} />
      <SubmitButton label={t("cancel")} variant="danger" />
    </form>
  );
}
