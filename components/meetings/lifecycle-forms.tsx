"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { cancelMeeting, markMeetingHeld } from "@/lib/meetings/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

/** Cancelling a meeting that has not started: a reason is required and sent to the invited units. */
export function CancelMeetingForm({ meetingId }: { meetingId: number }) {
  const t = useTranslations("meetings.meeting.admin");
  const [state, action] = useActionState(cancelMeeting, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <p className="text-sm text-stone-700">{t("cancelExplain")}</p>
      <Field
        as="textarea"
        name="reason"
        label={t("cancelReason")}
        maxLength={500}
        rows={3}
        state={state}
        required
      />
      <FormMessage state={state} />
      <SubmitButton label={t("cancel")} variant="danger" />
    </form>
  );
}

export function MarkHeldForm({ meetingId }: { meetingId: number }) {
  const t = useTranslations("meetings.meeting.admin");
  const [state, action] = useActionState(markMeetingHeld, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="meetingId" value={meetingId} />
      <p className="text-sm text-stone-700">{t("heldExplain")}</p>
      <FormMessage state={state} />
      <SubmitButton label={t("markHeld")} variant="secondary" />
    </form>
  );
}
