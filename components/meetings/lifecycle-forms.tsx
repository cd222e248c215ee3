"use client";

import { useTranslations } from "next-intl";
import { cancelMeeting, markMeetingHeld } from "@/lib/meetings/actions";
import { ActionForm } from "@/components/core/forms/action-form";

/** Cancelling a meeting that has not started: a reason is required and sent to the invited units. */
export function CancelMeetingForm({ meetingId }: { meetingId: number }) {
  const t = useTranslations("meetings.meeting.admin");
  return (
    <ActionForm
      action={cancelMeeting}
      hidden={{ meetingId }}
      submitLabel={t("cancel")}
      variant="danger"
      className="space-y-3"
      note={{ name: "reason", label: t("cancelReason"), maxLength: 500 }}
    >
      {() => <p className="text-sm text-stone-700">{t("cancelExplain")}</p>}
    </ActionForm>
  );
}

export function MarkHeldForm({ meetingId }: { meetingId: number }) {
  const t = useTranslations("meetings.meeting.admin");
  return (
    <ActionForm
      action={markMeetingHeld}
      hidden={{ meetingId }}
      submitLabel={t("markHeld")}
      variant="secondary"
      className="space-y-3"
    >
      {() => <p className="text-sm text-stone-700">{t("heldExplain")}</p>}
    </ActionForm>
  );
}
