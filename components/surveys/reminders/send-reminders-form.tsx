"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { initialFormState } from "@/lib/core/forms/form-state";
import { sendDueSurveyReminders } from "@/lib/surveys/reminders/actions";

/** Runs the hourly survey-reminder run now and says how many units were reminded. */
export function SendSurveyRemindersForm() {
  const t = useTranslations("surveys.admin");
  const [state, action] = useActionState(sendDueSurveyReminders, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <SubmitButton
        label={t("reminders.sendNow")}
        pendingLabel={t("reminders.sending")}
        variant="secondary"
      />
      <FormMessage state={state} />
    </form>
  );
}
