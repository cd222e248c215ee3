"use client";

import { useTranslations } from "next-intl";
import { deleteReportPhoto, uploadReportPhoto } from "@/lib/activities/reports/actions";
import { ActionForm } from "@/components/core/forms/action-form";
import { Field } from "@/components/core/forms/field";
import { PhotoInput } from "@/components/activities/photo-input";

/** One photo per request: a server action body is capped at 3 MB. */
export function PhotoUploadForm({ activityId }: { activityId: number }) {
  const t = useTranslations("activities.reports");
  return (
    <ActionForm
      action={uploadReportPhoto}
      hidden={{ activityId }}
      submitLabel={t("uploadPhoto")}
      variant="secondary"
      className="space-y-3"
    >
      {(state) => (
        <>
          <PhotoInput state={state} label={t("photo")} hint={t("photoHint")} />
          <Field name="caption" label={t("caption")} maxLength={200} state={state} />
        </>
      )}
    </ActionForm>
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
  return (
    <ActionForm
      action={deleteReportPhoto}
      hidden={{ activityId, photoId }}
      submitLabel={label}
      variant="secondary"
    />
  );
}
