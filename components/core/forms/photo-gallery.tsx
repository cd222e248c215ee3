"use client";

import { useActionState, useId } from "react";
import { initialFormState, type FormState } from "@/lib/core/forms/form-state";
import { Field } from "./field";
import { FormMessage, SubmitButton } from "./form-status";
import { useDescribe } from "./use-describe";

type PhotoAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export type PhotoGalleryLabels = {
  noPhotos: string;
  remove: string;
  photo: string;
  caption: string;
  upload: string;
};

/**
 * A record's photos with a remove button each and an upload form (one photo per request), for
 * any record whose photos a public route serves at `${srcBase}/<photoId>` (a venue's, a need's).
 * `owner` is the hidden field naming the record for the actions.
 */
export function PhotoGallery({
  owner,
  srcBase,
  photos,
  upload: uploadAction,
  remove: removeAction,
  labels,
  canUpload = true,
}: {
  owner: { name: string; id: number };
  srcBase: string;
  photos: Array<{ id: number; caption: string }>;
  upload: PhotoAction;
  remove: PhotoAction;
  labels: PhotoGalleryLabels;
  canUpload?: boolean;
}) {
  const describe = useDescribe();
  const id = useId();
  const [state, upload] = useActionState(uploadAction, initialFormState);
  const [removeState, remove] = useActionState(removeAction, initialFormState);
  const errors = (state.fieldErrors?.photo ?? []).map(describe);
  const ownerField = <input type="hidden" name={owner.name} value={owner.id} />;
  return (
    <div className="space-y-4">
      {photos.length === 0 ? (
        <p className="text-stone-600">{labels.noPhotos}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {photos.map((photo) => (
            <li key={photo.id} className="space-y-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route */}
              <img
                src={`${srcBase}/${photo.id}`}
                alt={photo.caption}
                className="aspect-video w-full rounded object-cover"
              />
              <form action={remove}>
                {ownerField}
                <input type="hidden" name="photoId" value={photo.id} />
                <SubmitButton label={labels.remove} variant="secondary" />
              </form>
            </li>
          ))}
        </ul>
      )}
      <FormMessage state={removeState} />
      {canUpload ? (
        <form action={upload} className="space-y-3" noValidate>
          {ownerField}
          <div>
            <label htmlFor={id} className="block text-sm font-medium">
              {labels.photo}
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
          <Field name="caption" label={labels.caption} state={state} maxLength={200} />
          <FormMessage state={state} />
          <SubmitButton label={labels.upload} variant="secondary" />
        </form>
      ) : null}
    </div>
  );
}
