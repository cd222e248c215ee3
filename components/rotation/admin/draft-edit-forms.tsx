"use client";

import { useLocale, useTranslations } from "next-intl";
import { moveRotationDuty, swapDraftDuties } from "@/lib/rotation/admin/actions";
import { allMonths, monthLabel } from "./month-label";
import { TwoChoiceForm } from "./two-choice-form";

export type DutyOption = { unitId: number; month: number; name: string };

/** The draft being edited (its version guards against a stale edit) and its duties. */
type Props = { scheduleId: number; version: number; duties: DutyOption[] };

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
export function MoveDutyForm({ scheduleId, version, duties }: Props) {
  const t = useTranslations("rotation.admin.edit");
  const locale = useLocale();
  const options = useDutyOptions(duties);
  const months = [
    { value: "", label: t("chooseMonth") },
    ...allMonths.map((month) => ({ value: String(month), label: monthLabel(locale, month) })),
  ];
  return (
    <TwoChoiceForm
      action={moveRotationDuty}
      hidden={{ scheduleId, version }}
      submitLabel={t("move")}
      first={{ name: "duty", label: t("duty"), options }}
      second={{ name: "toMonth", label: t("toMonth"), options: months }}
    />
  );
}

/** Exchanges the months of two units' duties. */
export function SwapDutiesForm({ scheduleId, version, duties }: Props) {
  const t = useTranslations("rotation.admin.edit");
  const options = useDutyOptions(duties);
  return (
    <TwoChoiceForm
      action={swapDraftDuties}
      hidden={{ scheduleId, version }}
      submitLabel={t("swap")}
      first={{ name: "dutyA", label: t("dutyA"), options }}
      second={{ name: "dutyB", label: t("dutyB"), options }}
    />
  );
}
