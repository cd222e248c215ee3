"use client";

import { useTranslations } from "next-intl";
import { deleteCommitmentPhoto, uploadCommitmentPhoto } from "@/lib/activities/commitments/actions";
import { ActionForm } from "@/components/core/forms/action-form";
import { PhotoInput } from "@/components/activities/photo-input";

/** One photo per request: a server action body is capped at 3 MB. */
export function PhotoUploadForm({ recordId }: { recordId: number }) {
  const t = useTranslations("activities.commitments");
  return (
    <ActionForm
      action={uploadCommitmentPhoto}
      hidden={{ recordId }}
      submitLabel={t("uploadPhoto")}
      variant="secondary"
      className="space-y-3"
    >
      {(state) => <PhotoInput state={state} label={t("fieldMorePhoto")} hint={t("photoHint")} />}
    </ActionForm>
  );
}

export function RemovePhotoForm({
  recordId,
  photoId,
  label,
}: {
  recordId: number;
  photoId: number;
  label: string;
}) {
  return (
    <ActionForm
      action={deleteCommitmentPhoto}
      hidden={{ recordId, photoId }}
      submitLabel={label}
      variant="secondary"
    />
  );
}
