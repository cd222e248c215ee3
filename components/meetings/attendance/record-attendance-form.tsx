"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { recordAttendance } from "@/lib/meetings/attendance/actions";
import { attendanceStatuses } from "@/lib/meetings/attendance/schemas";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

/** One invited unit's attendance as the admin sets it: a small form per unit, usable on a phone. */
export function RecordAttendanceForm({
  meetingId,
  unitId,
  unitName,
  status,
  headcount,
}: {
  meetingId: number;
  unitId: number;
  unitName: string;
  status: string;
  headcount: number;
}) {
  const t = useTranslations("meetings.attendance");
  const [state, action] = useActionState(recordAttendance, initialFormState);
  const legendId = useId();
  return (
    <form
      action={action}
      aria-labelledby={legendId}
      className="grid grid-cols-2 items-end gap-3 sm:grid-cols-[1fr_8rem_auto]"
      noValidate
    >
      <span id={legendId} className="sr-only">
        {unitName}
      </span>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="unitId" value={unitId} />
      <Field
        as="select"
        name="status"
        label={t("table.status")}
        defaultValue={status}
        state={state}
        options={attendanceStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
      />
      <Field
        name="headcount"
        label={t("headcount")}
        type="number"
        inputMode="numeric"
        defaultValue={String(headcount)}
        state={state}
      />
      <div className="col-span-2 sm:col-span-1">
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
      </div>
      <div className="col-span-2 sm:col-span-3" aria-live="polite">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
