"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { initialFormState } from "@/lib/core/forms/form-state";
import { sendDueRotationReminders } from "@/lib/rotation/reminders/actions";

/** Runs the hourly reminder run now and says how many reminders went out. */
export function SendRemindersForm() {
  const t = useTranslations("rotation.public.reminders");
  const [state, action] = useActionState(sendDueRotationReminders, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <SubmitButton label={t("sendNow")} pendingLabel={t("sending")} />
      <FormMessage state={state} />
    </form>
  );
}
