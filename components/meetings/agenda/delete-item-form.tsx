"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteAgendaItem } from "@/lib/meetings/agenda/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { AmendmentNoteField } from "./amendment-note-field";

export function DeleteItemForm({
  meetingId,
  itemId,
  started,
}: {
  meetingId: number;
  itemId: number;
  started: boolean;
}) {
  const t = useTranslations("meetings.agenda.form");
  const [state, action] = useActionState(deleteAgendaItem, initialFormState);
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="itemId" value={itemId} />
      <p className="text-sm text-stone-600">{t("deleteHint")}</p>
      <AmendmentNoteField started={started} state={state} />
      <FormMessage state={state} />
      <SubmitButton label={t("delete")} variant="danger" />
    </form>
  );
}
