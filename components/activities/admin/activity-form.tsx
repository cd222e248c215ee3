"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createActivity, updateActivity } from "@/lib/activities/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import type { ActivityFormOptions, ActivityFormValues } from "./activity-form-types";

/**
 * Adding an activity to `year` (no `activity`) or editing one; an edit carries the version it was
 * rendered with. All place fields are shown: the chosen kind decides which one is kept.
 */
export function ActivityForm({
  year,
  activity,
  options,
}: {
  year: number;
  activity?: ActivityFormValues;
  options: ActivityFormOptions;
}) {
  const t = useTranslations("activities.admin.activityForm");
  const [state, action] = useActionState(activity ? updateActivity : createActivity, initialFormState);
  const blank = { value: "", label: t("none") };
  return (
    <form action={action} className="space-y-4" noValidate>
      {activity ? (
        <>
          <input type="hidden" name="id" value={activity.id} />
          <input type="hidden" name="version" value={activity.version} />
        </>
      ) : (
        <input type="hidden" name="year" value={year} />
      )}
      <Field
        name="title"
        label={t("title")}
        maxLength={120}
        state={state}
        defaultValue={activity?.title}
        required
      />
      <Field
        as="textarea"
        name="description"
        label={t("description")}
        maxLength={2000}
        state={state}
        defaultValue={activity?.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          as="select"
          name="type"
          label={t("type")}
          options={options.types}
          state={state}
          defaultValue={activity?.type}
          required
        />
        <Field
          as="select"
          name="commitment"
          label={t("commitment")}
          options={options.commitments}
          state={state}
          defaultValue={activity?.commitment}
          required
        />
        <Field
          as="select"
          name="plannedMonth"
          label={t("plannedMonth")}
          options={options.months}
          state={state}
          defaultValue={activity ? String(activity.plannedMonth) : undefined}
          required
        />
        <Field
          name="plannedDate"
          label={t("plannedDate")}
          hint={t("plannedDateHint", { year })}
          type="date"
          state={state}
          defaultValue={activity?.plannedDate}
        />
        <Field
          as="select"
          name="channel"
          label={t("channel")}
          options={options.channels}
          state={state}
          defaultValue={activity?.channel ?? "OFFLINE"}
        />
        <Field
          as="select"
          name="format"
          label={t("format")}
          options={options.formats}
          state={state}
          defaultValue={activity?.format ?? "THEME"}
        />
        <Field
          as="select"
          name="reach"
          label={t("reach")}
          options={options.reaches}
          state={state}
          defaultValue={activity?.reach ?? "BLOCK"}
        />
        <Field
          name="capacity"
          label={t("capacity")}
          hint={t("capacityHint")}
          type="number"
          inputMode="numeric"
          state={state}
          defaultValue={activity?.capacity}
        />
      </div>
      <fieldset className="space-y-4 rounded border border-stone-300 p-3">
        <legend className="px-1 text-sm font-medium">{t("placeLegend")}</legend>
        <Field
          as="select"
          name="placeKind"
          label={t("placeKind")}
          options={options.placeKinds}
          state={state}
          defaultValue={activity?.placeKind ?? "text"}
        />
        <Field name="place" label={t("place")} maxLength={200} state={state} defaultValue={activity?.place} />
        <Field
          as="select"
          name="venueId"
          label={t("venue")}
          options={[blank, ...options.venues]}
          state={state}
          defaultValue={activity?.venueId}
        />
        <Field
          as="select"
          name="communityId"
          label={t("community")}
          options={[blank, ...options.communities]}
          state={state}
          defaultValue={activity?.communityId}
        />
        <Field
          as="select"
          name="serviceSiteId"
          label={t("serviceSite")}
          hint={t("serviceSiteHint")}
          options={[blank, ...options.serviceSites]}
          state={state}
          defaultValue={activity?.serviceSiteId}
        />
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton label={activity ? t("save") : t("create")} pendingLabel={t("saving")} />
    </form>
  );
}
