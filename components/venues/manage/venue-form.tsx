"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createVenue, updateVenue } from "@/lib/venues/manage/actions";
import { venueKinds } from "@/lib/venues/manage/schemas";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import type { MapTiles } from "@/lib/venues/map/tiles";
import { OpeningHoursFieldset } from "./opening-hours-fieldset";
import { PositionPicker } from "./position-picker";

type Props = {
  /** The saved venue's id and version when editing; absent when registering. */
  venue?: { id: number; version: number };
  defaults: Record<string, string>;
  /** The map's tile source (lib/venues/map/tiles.ts), for picking the position. */
  tiles: MapTiles;
};

/** Registers or edits a venue: its description, booking policy and opening hours. */
export function VenueForm({ venue, defaults, tiles }: Props) {
  const t = useTranslations("venues.manage");
  const router = useRouter();
  const [state, action] = useActionState(venue ? updateVenue : createVenue, initialFormState);
  const createdId = !venue && state.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/my/venues/${createdId}`);
  }, [createdId, router]);
  // After a refused submit, show what was sent (an unticked checkbox is simply absent).
  const value = (name: string) => {
    if (!state.ok && state.values) {
      const sent = state.values[name];
      return typeof sent === "string" ? sent : "";
    }
    return defaults[name] ?? "";
  };
  const number = (name: string, label: string, hint?: string) => (
    <Field
      name={name}
      label={t(label)}
      type="number"
      inputMode="numeric"
      state={state}
      defaultValue={value(name)}
      hint={hint}
    />
  );

  return (
    <form action={action} className="space-y-6" noValidate>
      {venue ? (
        <>
          <input type="hidden" name="venueId" value={venue.id} />
          <input type="hidden" name="version" value={venue.version} />
        </>
      ) : null}
      <div key={venue?.version ?? "new"} className="space-y-6">
        <section className="space-y-4">
          <Field
            name="name"
            label={t("fields.name")}
            state={state}
            defaultValue={value("name")}
            required
            maxLength={120}
          />
          <Field
            as="select"
            name="kind"
            label={t("fields.kind")}
            state={state}
            defaultValue={value("kind")}
            options={venueKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
          <div className="grid grid-cols-2 items-end gap-4">
            {number("quantity", "fields.quantity")}
            {number("capacity", "fields.capacity")}
          </div>
          <Field
            name="address"
            label={t("fields.address")}
            state={state}
            defaultValue={value("address")}
            maxLength={200}
          />
          <div className="grid grid-cols-2 items-end gap-4">
            <Field
              name="latitude"
              label={t("fields.latitude")}
              inputMode="decimal"
              state={state}
              defaultValue={value("latitude")}
            />
            <Field
              name="longitude"
              label={t("fields.longitude")}
              inputMode="decimal"
              state={state}
              defaultValue={value("longitude")}
            />
          </div>
          <p className="text-sm text-stone-600">{t("fields.positionHint")}</p>
          <PositionPicker
            tiles={tiles}
            label={t("fields.positionMap")}
            noTilesNotice={t("fields.positionNoTiles")}
            tilesFailedNotice={t("fields.positionTilesFailed")}
          />
          <Field
            name="contactPhone"
            label={t("fields.contactPhone")}
            type="tel"
            state={state}
            defaultValue={value("contactPhone")}
            maxLength={30}
          />
          <Field
            as="textarea"
            name="description"
            label={t("fields.description")}
            state={state}
            defaultValue={value("description")}
          />
          <Field
            as="textarea"
            name="rules"
            label={t("fields.rules")}
            state={state}
            defaultValue={value("rules")}
          />
        </section>
        <section className="space-y-4">
          <Field
            as="select"
            name="bookingMode"
            label={t("fields.bookingMode")}
            state={state}
            defaultValue={value("bookingMode")}
            options={(["BOOKABLE", "PHONE_ONLY"] as const).map((mode) => ({
              value: mode,
              label: t(`modes.${mode}`),
            }))}
          />
          <label key={value("needsApproval")} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="needsApproval"
              defaultChecked={value("needsApproval") === "on"}
              className="size-5"
            />
            {t("fields.needsApproval")}
          </label>
          <div className="grid grid-cols-2 items-end gap-4">
            {number("minNoticeHours", "fields.minNoticeHours")}
            {number("maxAdvanceDays", "fields.maxAdvanceDays")}
            {number("maxDurationMinutes", "fields.maxDurationMinutes")}
            {number("bufferMinutes", "fields.bufferMinutes")}
          </div>
          {number("monthlyQuota", "fields.monthlyQuota", t("fields.monthlyQuotaHint"))}
        </section>
        <OpeningHoursFieldset state={state} value={value} />
      </div>
      <FormMessage state={state} />
      <SubmitButton label={venue ? t("save") : t("create")} />
    </form>
  );
}
