"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { checkInToMeeting } from "@/lib/meetings/attendance/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { CheckinCodeField } from "@/components/core/checkin/checkin-code-field";

/**
 * A secretary's check-in for their unit: the code comes from the scanned link or is typed from
 * the screen; the form stays after success so the number of people can be corrected.
 */
export function MeetingCheckinForm({
  meetingId,
  code,
  headcount,
}: {
  meetingId: number;
  code: string;
  headcount: number | null;
}) {
  const t = useTranslations("meetings.attendance");
  const [state, action] = useActionState(checkInToMeeting, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <CheckinCodeField label={t("code")} hint={t("codeHint")} code={code} state={state} />
      <Field
        name="headcount"
        label={t("headcount")}
        hint={t("headcountHint")}
        type="number"
        inputMode="numeric"
        defaultValue={String(headcount ?? 1)}
        state={state}
        required
      />
      <FormMessage state={state} />
      <SubmitButton label={t("checkIn")} pendingLabel={t("checkingIn")} />
    </form>
  );
}
