"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { initialFormState } from "@/lib/core/forms/form-state";
import { restoreMinutesVersion } from "@/lib/meetings/minutes/actions";

/** Restores an old version as a new one, based on the version the page showed as current. */
export function RestoreVersionForm(props: { meetingId: number; number: number; currentVersion: number }) {
  const t = useTranslations("meetings.minutes.versions");
  const [state, action] = useActionState(restoreMinutesVersion, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name="number" value={props.number} />
      <input type="hidden" name="baseVersion" value={props.currentVersion} />
      <p className="text-sm text-stone-600">{t("restoreHint")}</p>
      <SubmitButton label={t("restore")} variant="secondary" />
      <FormMessage state={state} />
    </form>
  );
}
