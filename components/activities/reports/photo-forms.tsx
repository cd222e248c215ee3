"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteReportPhoto, uploadReportPhoto } from "@/lib/activities/reports/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";

/** One photo per request: a server action body is capped at 3 MB. */
export function PhotoUploadForm({ activityId }: { activityId: number }) {
  const t = useTranslations("activities.reports");
  const describe = useDescribe();
  const [state, action] = useActionState(uploadReportPhoto, initialFormState);
  const errors = state.fieldErrors?.photo ?? [];
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="activityId" value={activityId} />
      <div>
        <label htmlFor="report-photo" className="block font-medium">
          {t("photo")}
        </label>
        <p id="report-photo-hint" className="text-sm text-stone-600">
          {t("photoHint")}
        </p>
        <input
          id="report-photo"
          name="photo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby={errors.length ? "report-photo-hint report-photo-error" : "report-photo-hint"}
          aria-invalid={errors.length > 0 || undefined}
          className="mt-1 block w-full text-base"
        />
        {errors.length ? (
          <p id="report-photo-error" className="mt-1 text-sm text-red-800">
            {errors.map((error) => describe(error)).join(" ")}
          </p>
        ) : null}
      </div>
      <Field name="caption" label={t("caption")} maxLength={200} state={state} />
      <FormMessage state={state} />
      <SubmitButton label={t("uploadPhoto")} variant="secondary" />
    </form>
  );
}

export function RemovePhotoForm({
  activityId,
  photoId,
  label,
}: {
  activityId: number;
  photoId: number;
  label: string;
}) {
  const [state, action] = useActionState(deleteReportPhoto, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="photoId" value={photoId} />
      <FormMessage state={state} />
      <SubmitButton label={label} variant="secondary" />
    </form>
  );
}
