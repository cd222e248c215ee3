"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { checkInToActivity } from "@/lib/activities/checkin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { CheckinCodeField } from "@/components/core/checkin/checkin-code-field";

/** A participant's check-in: the code comes from the scanned link or is typed from the screen. */
export function CheckinForm({ activityId, code }: { activityId: number; code: string }) {
  const t = useTranslations("activities.checkin");
  const [state, action] = useActionState(checkInToActivity, initialFormState);
  if (state.ok) {
    return (
      <p role="status" className="rounded bg-green-50 p-4 text-lg font-medium text-green-900">
        {t("checkedIn")}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="activityId" value={activityId} />
      <CheckinCodeField label={t("code")} hint={t("codeHint")} code={code} state={state} />
      <FormMessage state={state} />
      <SubmitButton label={t("checkIn")} />
    </form>
  );
}
