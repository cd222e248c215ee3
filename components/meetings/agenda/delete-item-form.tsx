"use client";

import { useTranslations } from "next-intl";
import { deleteAgendaItem } from "@/lib/meetings/agenda/actions";
import { ActionForm } from "@/components/core/forms/action-form";
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
  return (
    <ActionForm
      action={deleteAgendaItem}
      hidden={{ meetingId, itemId }}
      submitLabel={t("delete")}
      variant="danger"
    >
      {(state) => (
        <>
          <p className="text-sm text-stone-600">{t("deleteHint")}</p>
          <AmendmentNoteField started={started} state={state} />
        </>
      )}
    </ActionForm>
  );
}
