"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/core/forms/form-state";
import { addVenueClosedDate, removeVenueClosedDate } from "@/lib/venues/manage/actions";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Props = { venueId: number; dates: Array<{ date: string; reason: string }> };

/** The venue's closed dates (holidays, maintenance): listed, each removable; a form adds one. */
export function ClosedDatesPanel({ venueId, dates }: Props) {
  const t = useTranslations("venues.manage");
  const [addState, add] = useActionState(addVenueClosedDate, initialFormState);
  const [removeState, remove] = useActionState(removeVenueClosedDate, initialFormState);
  return (
    <div className="space-y-4">
      {dates.length === 0 ? (
        <p className="text-stone-600">{t("noClosedDates")}</p>
      ) : (
        <ul className="divide-y divide-stone-200">
          {dates.map((row) => (
            <li key={row.date} className="flex items-center justify-between gap-3 py-2">
              <span>
                <span className="font-medium">{row.date}</span> {row.reason}
              </span>
              <form action={remove}>
                <input type="hidden" name="venueId" value={venueId} />
                <input type="hidden" name="date" value={row.date} />
                <SubmitButton label={t("remove")} variant="secondary" />
              </form>
            </li>
          ))}
        </ul>
      )}
      <FormMessage state={removeState} />
      <form action={add} className="space-y-3" noValidate>
        <input type="hidden" name="venueId" value={venueId} />
        <div className="grid grid-cols-2 gap-4">
          <Field name="date" type="date" label={t("fields.date")} state={addState} required />
          <Field name="reason" label={t("fields.reason")} state={addState} maxLength={200} />
        </div>
        <FormMessage state={addState} />
        <SubmitButton label={t("addClosedDate")} variant="secondary" />
      </form>
    </div>
  );
}
