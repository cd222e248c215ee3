"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteCommitmentPhoto, uploadCommitmentPhoto } from "@/lib/activities/commitments/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { PhotoInput } from "./photo-input";

/** One photo per request: a server action body is capped at 3 MB. */
export function PhotoUploadForm({ recordId }: { recordId: number }) {
  const t = useTranslations("activities.commitments");
  const [state, action] = useActionState(uploadCommitmentPhoto, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="recordId" value={recordId} />
      <PhotoInput state={state} label={t("fieldMorePhoto")} />
      <FormMessage state={state} />
      <SubmitButton label={t("uploadPhoto")} variant="secondary" />
    </form>
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
  const [state, action] = useActionState(deleteCommitmentPhoto, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="recordId" value={recordId} />
      <input type="hidden" name="photoId" value={photoId} />
      <FormMessage state={state} />
      <SubmitButton label={label} variant="secondary" />
    </form>
  );
}
