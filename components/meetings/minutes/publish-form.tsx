"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";
import { initialFormState } from "@/lib/core/forms/form-state";
import { publishMinutes } from "@/lib/meetings/minutes/actions";

/** Admins publish the current version, members-only or (on a public meeting) public. */
export function PublishForm(props: { meetingId: number; currentVersion: number; meetingIsPublic: boolean }) {
  const t = useTranslations("meetings.minutes");
  const describe = useDescribe();
  const id = useId();
  const [state, action] = useActionState(publishMinutes, initialFormState);
  const errors = state.fieldErrors?.visibility ?? [];
  const chosen = state.values?.visibility ?? "MEMBERS";
  return (
    <form action={action} className="space-y-3 rounded-lg border border-stone-300 bg-white p-4">
      <h2 className="text-lg font-bold">{t("publish.heading")}</h2>
      <p className="text-sm text-stone-700">{t("publish.hint", { version: props.currentVersion })}</p>
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name="baseVersion" value={props.currentVersion} />
      <fieldset aria-describedby={errors.length ? `${id}-error` : undefined} className="space-y-2">
        <legend className="text-sm font-medium">{t("publish.visibilityLabel")}</legend>
        {(["MEMBERS", "PUBLIC"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="visibility"
              value={value}
              defaultChecked={chosen === value}
              disabled={value === "PUBLIC" && !props.meetingIsPublic}
            />
            {t(`visibility.${value}`)}
          </label>
        ))}
        {!props.meetingIsPublic ? (
          <p className="text-sm text-stone-600">{t("publish.publicDisabled")}</p>
        ) : null}
        {errors.length ? (
          <p id={`${id}-error`} className="text-sm text-red-800">
            {errors.map(describe).join(" ")}
          </p>
        ) : null}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton label={t("publish.submit")} pendingLabel={t("publish.pending")} />
    </form>
  );
}
