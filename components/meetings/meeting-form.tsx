"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import { scheduleMeeting, updateMeeting } from "@/lib/meetings/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { CheckboxField, Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";
import { InviteCheckboxes } from "./invite-checkboxes";
import { controlClass } from "@/components/ui/control";

type Option = { value: string; label: string };

export type MeetingFormValues = {
  meetingId: number;
  version: number;
  kind: string;
  title: string;
  startsAt: string;
  endsAt: string;
  venueId: string;
  place: string;
  onlineUrl: string;
  hostUnitId: string;
  isPublic: boolean;
  invite: string[];
};

/**
 * Scheduling a meeting (no `meeting`) or editing one; an edit carries the version it was
 * rendered with, so a stale form is refused instead of overwriting someone else's change.
 */
export function MeetingForm({
  meeting,
  options,
}: {
  meeting?: MeetingFormValues;
  options: { kinds: Option[]; venues: Option[]; units: Option[]; hostUnits: Option[] };
}) {
  const t = useTranslations("meetings.meeting.form");
  const router = useRouter();
  const [state, action] = useActionState(meeting ? updateMeeting : scheduleMeeting, initialFormState);
  const createdId = !meeting && state.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/admin/meetings/${createdId}`);
  }, [createdId, router]);
  return (
    <form action={action} className="space-y-4" noValidate>
      {meeting ? (
        <>
          <input type="hidden" name="meetingId" value={meeting.meetingId} />
          <input type="hidden" name="version" value={meeting.version} />
        </>
      ) : null}
      {/* A saved edit re-renders with the new version: the fields re-mount with the saved values
          while the form (and its "saved" message) stays. */}
      <div key={meeting?.version ?? "new"} className="space-y-4">
        <Field
          as="select"
          name="kind"
          label={t("kind")}
          options={options.kinds}
          state={state}
          defaultValue={meeting?.kind ?? "JOINT"}
          required
        />
        <Field
          name="title"
          label={t("title")}
          maxLength={160}
          state={state}
          defaultValue={meeting?.title}
          required
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <DateTimeField
            name="startsAt"
            label={t("startsAt")}
            state={state}
            value={meeting?.startsAt}
            required
          />
          <DateTimeField name="endsAt" label={t("endsAt")} state={state} value={meeting?.endsAt} />
        </div>
        <fieldset className="space-y-4 rounded border border-stone-300 p-3">
          <legend className="px-1 text-sm font-medium">{t("placeLegend")}</legend>
          <p className="text-sm text-stone-600">{t("placeHint")}</p>
          <Field
            as="select"
            name="venueId"
            label={t("venue")}
            options={[{ value: "", label: t("noVenue") }, ...options.venues]}
            state={state}
            defaultValue={meeting?.venueId ?? ""}
          />
          <Field
            name="place"
            label={t("place")}
            maxLength={200}
            state={state}
            defaultValue={meeting?.place}
          />
          <Field
            name="onlineUrl"
            label={t("onlineUrl")}
            type="url"
            maxLength={500}
            state={state}
            defaultValue={meeting?.onlineUrl}
          />
        </fieldset>
        <Field
          as="select"
          name="hostUnitId"
          label={t("hostUnit")}
          options={[{ value: "", label: t("noHost") }, ...options.hostUnits]}
          state={state}
          defaultValue={meeting?.hostUnitId ?? ""}
        />
        <CheckboxField
          name="isPublic"
          label={t("isPublic")}
          state={state}
          defaultChecked={meeting?.isPublic}
        />
        <InviteCheckboxes
          units={options.units}
          initial={meeting?.invite ?? options.units.map((unit) => unit.value)}
          state={state}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton label={meeting ? t("save") : t("create")} pendingLabel={t("saving")} />
    </form>
  );
}

/** Field has no datetime-local type: the same wiring for the two time inputs. */
function DateTimeField({
  name,
  label,
  state,
  value,
  required,
}: {
  name: string;
  label: string;
  state: Parameters<typeof Field>[0]["state"];
  value?: string;
  required?: boolean;
}) {
  const describe = useDescribe();
  const errors = state.fieldErrors?.[name] ?? [];
  const sent = state.values?.[name];
  const shown = typeof sent === "string" ? sent : value;
  const id = `meeting-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </label>
      <input
        key={shown}
        id={id}
        name={name}
        type="datetime-local"
        defaultValue={shown}
        required={required}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
        className={controlClass}
      />
      {errors.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {errors.map(describe).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
