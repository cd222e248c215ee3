"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createItem, updateItem } from "@/lib/activities/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import type { ActivityFormOptions, ActivityFormValues } from "./activity-form-types";

/**
 * Adding an item to `year` (no `item`) or editing one; an edit carries the version it was
 * rendered with. All place fields are shown: the chosen kind decides which one is kept.
 */
export function ActivityForm({
  year,
  item,
  options,
}: {
  year: number;
  item?: ActivityFormValues;
  options: ActivityFormOptions;
}) {
  const t = useTranslations("activities.admin.activityForm");
  const [state, action] = useActionState(item ? updateItem : createItem, initialFormState);
  const blank = { value: "", label: t("none") };
  return (
    <form action={action} className="space-y-4" noValidate>
      {item ? (
        <>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
        </>
      ) : (
        <input type="hidden" name="year" value={year} />
      )}
      <Field
        name="title"
        label={t("title")}
        maxLength={120}
        state={state}
        defaultValue={item?.title}
        required
      />
      <Field
        as="textarea"
        name="description"
        label={t("description")}
        maxLength={2000}
        state={state}
        defaultValue={item?.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          as="select"
          name="type"
          label={t("type")}
          options={options.types}
          state={state}
          defaultValue={item?.type}
          required
        />
        <Field
          as="select"
          name="commitment"
          label={t("commitment")}
          options={options.commitments}
          state={state}
          defaultValue={item?.commitment}
          required
        />
        <Field
          as="select"
          name="plannedMonth"
          label={t("plannedMonth")}
          options={options.months}
          state={state}
          defaultValue={item ? String(item.plannedMonth) : undefined}
          required
        />
        <Field
          name="plannedDate"
          label={t("plannedDate")}
          hint={t("plannedDateHint", { year })}
          type="date"
          state={state}
          defaultValue={item?.plannedDate}
        />
        <Field
          as="select"
          name="channel"
          label={t("channel")}
          options={options.channels}
          state={state}
          defaultValue={item?.channel ?? "OFFLINE"}
        />
        <Field
          as="select"
          name="format"
          label={t("format")}
          options={options.formats}
          state={state}
          defaultValue={item?.format ?? "THEME"}
        />
        <Field
          as="select"
          name="reach"
          label={t("reach")}
          options={options.reaches}
          state={state}
          defaultValue={item?.reach ?? "BLOCK"}
        />
        <Field
          name="capacity"
          label={t("capacity")}
          hint={t("capacityHint")}
          type="number"
          inputMode="numeric"
          state={state}
          defaultValue={item?.capacity}
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
          defaultValue={item?.placeKind ?? "text"}
        />
        <Field name="place" label={t("place")} maxLength={200} state={state} defaultValue={item?.place} />
        <Field
          as="select"
          name="venueId"
          label={t("venue")}
          options={[blank, ...options.venues]}
          state={state}
          defaultValue={item?.venueId}
        />
        <Field
          as="select"
          name="communityId"
          label={t("community")}
          options={[blank, ...options.communities]}
          state={state}
          defaultValue={item?.communityId}
        />
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton label={item ? t("save") : t("create")} pendingLabel={t("saving")} />
    </form>
  );
}
