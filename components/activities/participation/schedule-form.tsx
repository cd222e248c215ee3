"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { scheduleActivity } from "@/lib/activities/schedule/actions";
import { initialFormState } from "@/lib/core/forms/form-state";

export type ScheduleDefaults = {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  venueId: string;
  serviceSiteId: string;
  description: string;
  capacity: string;
  signupDeadline: string;
};

/**
 * The lead's schedule: when, where (typed in, or a shared venue booked in the same step), what,
 * how many and until when units may sign up. On success it hands over to the activity page,
 * which shows the saved schedule, so the form never stays filled and live.
 */
export function ScheduleForm({
  activityId,
  version,
  defaults,
  venues,
  serviceSites,
}: {
  activityId: number;
  version: number;
  defaults: ScheduleDefaults;
  venues: Array<{ value: string; label: string }>;
  /** Active long-term service sites (and the activity's own); its report then logs the visit. */
  serviceSites: Array<{ value: string; label: string }>;
}) {
  const t = useTranslations("activities.participation.schedule");
  const [state, action] = useActionState(scheduleActivity, initialFormState);
  const router = useRouter();
  useEffect(() => {
    if (!state.ok) return;
    const pending = state.message?.key === "activities.participation.schedule.savedPending";
    router.push(`/my/activities/${activityId}?scheduled=${pending ? "pending" : "saved"}`);
  }, [state, router, activityId]);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={version} />
      <Field name="date" type="date" label={t("date")} state={state} defaultValue={defaults.date} required />
      <div className="grid grid-cols-2 gap-3">
        <Field
          name="startTime"
          type="time"
          label={t("startTime")}
          state={state}
          defaultValue={defaults.startTime}
          required
        />
        <Field
          name="endTime"
          type="time"
          label={t("endTime")}
          state={state}
          defaultValue={defaults.endTime}
          required
        />
      </div>
      <Field
        name="venueId"
        as="select"
        label={t("venue")}
        hint={t("venueHint")}
        state={state}
        defaultValue={defaults.venueId}
        options={[{ value: "", label: t("noVenue") }, ...venues]}
      />
      <Field
        name="place"
        label={t("place")}
        hint={t("placeHint")}
        state={state}
        defaultValue={defaults.place}
        maxLength={200}
      />
      {serviceSites.length > 0 ? (
        <Field
          name="serviceSiteId"
          as="select"
          label={t("serviceSite")}
          hint={t("serviceSiteHint")}
          state={state}
          defaultValue={defaults.serviceSiteId}
          options={[{ value: "", label: t("noServiceSite") }, ...serviceSites]}
        />
      ) : null}
      <Field
        name="description"
        as="textarea"
        rows={4}
        maxLength={4000}
        label={t("description")}
        state={state}
        defaultValue={defaults.description}
      />
      <Field
        name="capacity"
        type="number"
        inputMode="numeric"
        label={t("capacity")}
        hint={t("capacityHint")}
        state={state}
        defaultValue={defaults.capacity}
      />
      <Field
        name="signupDeadline"
        type="datetime-local"
        label={t("signupDeadline")}
        hint={t("signupDeadlineHint")}
        state={state}
        defaultValue={defaults.signupDeadline}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("save")} />
    </form>
  );
}
