"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addAgendaItem, updateAgendaItem } from "@/lib/meetings/agenda/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { AmendmentNoteField } from "./amendment-note-field";

export type UnitOption = { id: number; name: string };
type Item = { id: number; title: string; presenterUnitId: number | null; durationMinutes: number };

/** Adds an item (no `item`) or edits one; the same schema's field names on both sides. */
export function ItemForm({
  meetingId,
  item,
  units,
  started,
}: {
  meetingId: number;
  item?: Item;
  units: UnitOption[];
  started: boolean;
}) {
  const t = useTranslations("meetings.agenda.form");
  const [state, action] = useActionState(item ? updateAgendaItem : addAgendaItem, initialFormState);
  const options = [
    { value: "", label: t("presenterNone") },
    ...units.map((unit) => ({ value: String(unit.id), label: unit.name })),
  ];
  // A new item's form starts empty again after each success (a new key re-mounts the fields).
  const resetKey = !item && state.ok ? String(state.data?.id ?? "") : "";
  return (
    <form action={action} className="space-y-3" noValidate key={resetKey}>
      <input type="hidden" name="meetingId" value={meetingId} />
      {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
      <Field
        name="title"
        label={t("title")}
        maxLength={200}
        required
        state={state}
        defaultValue={item?.title}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="presenterUnitId"
          label={t("presenter")}
          as="select"
          options={options}
          state={state}
          defaultValue={item?.presenterUnitId ? String(item.presenterUnitId) : ""}
        />
        <Field
          name="durationMinutes"
          label={t("duration")}
          hint={t("durationHint")}
          type="number"
          inputMode="numeric"
          required
          state={state}
          defaultValue={item ? String(item.durationMinutes) : ""}
        />
      </div>
      <AmendmentNoteField started={started} state={state} />
      <FormMessage state={state} />
      <SubmitButton label={item ? t("save") : t("add")} variant={item ? "secondary" : "primary"} />
    </form>
  );
}
