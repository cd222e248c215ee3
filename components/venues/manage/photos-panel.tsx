"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/core/forms/form-state";
import { removeVenuePhoto, uploadVenuePhoto } from "@/lib/venues/manage/actions";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";

type Props = { venueId: number; photos: Array<{ id: number; caption: string }> };

/** Venue photos, served by the public photo route; one upload per request. */
export function PhotosPanel({ venueId, photos }: Props) {
  const t = useTranslations("venues.manage");
  const describe = useDescribe();
  const id = useId();
  const [state, upload] = useActionState(uploadVenuePhoto, initialFormState);
  const [removeState, remove] = useActionState(removeVenuePhoto, initialFormState);
  const errors = (state.fieldErrors?.photo ?? []).map(describe);
  return (
    <div className="space-y-4">
      {photos.length === 0 ? (
        <p className="text-stone-600">{t("noPhotos")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {photos.map((photo) => (
            <li key={photo.id} className="space-y-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route */}
              <img
                src={`/venues/${venueId}/photos/${photo.id}`}
                alt={photo.caption}
                className="aspect-video w-full rounded object-cover"
              />
              <form action={remove}>
                <input type="hidden" name="venueId" value={venueId} />
                <input type="hidden" name="photoId" value={photo.id} />
                <SubmitButton label={t("remove")} variant="secondary" />
              </form>
            </li>
          ))}
        </ul>
      )}
      <FormMessage state={removeState} />
      <form action={upload} className="space-y-3" noValidate>
        <input type="hidden" name="venueId" value={venueId} />
        <div>
          <label htmlFor={id} className="block text-sm font-medium">
            {t("fields.photo")}
          </label>
          <input
            id={id}
            name="photo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={errors.length ? `${id}-error` : undefined}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-stone-400 file:bg-white file:px-3 file:py-2"
          />
          {errors.length ? (
            <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
              {errors.join(" ")}
            </p>
          ) : null}
        </div>
        <Field name="caption" label={t("fields.caption")} state={state} maxLength={200} />
        <FormMessage state={state} />
        <SubmitButton label={t("upload")} variant="secondary" />
      </form>
    </div>
  );
}
