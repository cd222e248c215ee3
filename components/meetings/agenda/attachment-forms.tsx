"use client";

import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { deleteAgendaAttachment, uploadAgendaAttachment } from "@/lib/meetings/agenda/actions";
import { acceptedExtensions, maxAttachmentBytes } from "@/lib/meetings/agenda/attachment-type";
import { initialFormState, type MessageDescriptor } from "@/lib/core/forms/form-state";
import { ActionForm } from "@/components/core/forms/action-form";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { useDescribe } from "@/components/core/forms/use-describe";
import { AmendmentNoteField } from "./amendment-note-field";

const tooLarge: MessageDescriptor = {
  key: "meetings.agenda.errors.fileTooLarge",
  values: { max: maxAttachmentBytes / (1024 * 1024) },
};

/** One file per request (a server action body is capped at 3 MB); the server checks the bytes. */
export function UploadAttachmentForm({
  meetingId,
  itemId,
  started,
}: {
  meetingId: number;
  itemId: number;
  started: boolean;
}) {
  const t = useTranslations("meetings.agenda.form");
  const describe = useDescribe();
  const id = useId();
  const [state, action] = useActionState(uploadAgendaAttachment, initialFormState);
  // A file over the limit is refused before sending megabytes the server would refuse anyway.
  const [localError, setLocalError] = useState<MessageDescriptor | null>(null);
  const errors = localError ? [localError] : (state.fieldErrors?.file ?? []);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form
      action={action}
      className="space-y-2"
      noValidate
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
        if (file && file.size > maxAttachmentBytes) {
          event.preventDefault();
          setLocalError(tooLarge);
        } else setLocalError(null);
      }}
    >
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="itemId" value={itemId} />
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {t("file")}
        </label>
        <p id={hintId} className="text-sm text-stone-600">
          {t("fileHint")}
        </p>
        <input
          id={id}
          name="file"
          type="file"
          accept={acceptedExtensions}
          aria-describedby={errors.length ? `${hintId} ${errorId}` : hintId}
          aria-invalid={errors.length > 0 || undefined}
          className="mt-1 block w-full text-base"
        />
        {errors.length ? (
          <p id={errorId} className="mt-1 text-sm text-red-800">
            {errors.map((error) => describe(error)).join(" ")}
          </p>
        ) : null}
      </div>
      <AmendmentNoteField started={started} state={state} />
      <FormMessage state={localError ? { ok: false } : state} />
      <SubmitButton label={t("upload")} variant="secondary" />
    </form>
  );
}

export function DeleteAttachmentForm({
  meetingId,
  attachmentId,
  fileName,
  started,
}: {
  meetingId: number;
  attachmentId: number;
  fileName: string;
  started: boolean;
}) {
  const t = useTranslations("meetings.agenda.form");
  return (
    <ActionForm
      action={deleteAgendaAttachment}
      hidden={{ meetingId, attachmentId }}
      submitLabel={t("deleteAttachment", { name: fileName })}
      variant="secondary"
    >
      {(state) => <AmendmentNoteField started={started} state={state} />}
    </ActionForm>
  );
}
