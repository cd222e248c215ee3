"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { moveRotationDuty, swapDraftDuties } from "@/lib/rotation/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { allMonths, monthLabel } from "./month-label";

export type DutyOption = { unitId: number; month: number; name: string };

function useDutyOptions(duties: DutyOption[]) {
  const locale = useLocale();
  const t = useTranslations("rotation.admin.edit");
  return [
    { value: "", label: t("chooseDuty") },
    ...duties.map((duty) => ({
      value: `${duty.unitId}:${duty.month}`,
      label: `${monthLabel(locale, duty.month)} · ${duty.name}`,
    })),
  ];
}

/** Moves one unit's duty to another month; the page then shows any broken rule as a warning. */
export function MoveDutyForm({
  scheduleId,
  version,
  duties,
}: {
  scheduleId: number;
  version: number;
  duties: DutyOption[];
}) {
  const t = useTranslations("rotation.admin.edit");
  const locale = useLocale();
  const [state, action] = useActionState(moveRotationDuty, initialFormState);
  const options = useDutyOptions(duties);
  const months = [
    { value: "", label: t("chooseMonth") },
    ...allMonths.map((month) => ({ value: String(month), label: monthLabel(locale, month) })),
  ];
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="scheduleId" value={scheduleId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field as="select" name="duty" label={t("duty")} options={options} state={state} required />
        <Field as="select" name="toMonth" label={t("toMonth")} options={months} state={state} required />
      </div>
      <FormMessage state={state} />
      <SubmitButton label={t("move")} variant="secondary" />
    </form>
  );
}

/** Exchanges the months of two units' duties. */
export function SwapDutiesForm({
  scheduleId,
  version,
  duties,
}: {
  scheduleId: number;
  version: number;
  duties: DutyOption[];
}) {
  const t = useTranslations("rotation.admin.edit");
  const [state, action] = useActionState(swapDraftDuties, initialFormState);
  const options = useDutyOptions(duties);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="scheduleId" value={scheduleId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field as="select" name="dutyA" label={t("dutyA")} options={options} state={state} required />
        <Field as="select" name="dutyB" label={t("dutyB")} options={options} state={state} required />
      </div>
      <FormMessage state={state} />
      <SubmitButton label={t("swap")} variant="secondary" />
    </form>
  );
}
