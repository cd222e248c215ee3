"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestRotationSwap } from "@/lib/rotation/swaps/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Props = {
  year: number;
  myMonths: number[];
  /** Other units' duties: value "unitId:month", label "month – unit". */
  targets: Array<{ value: string; label: string }>;
};

/** Offers one of the unit's duty months for another unit's duty month. */
export function SwapRequestForm({ year, myMonths, targets }: Props) {
  const t = useTranslations("rotation.unit");
  const [state, action] = useActionState(requestRotationSwap, initialFormState);
  const choose = { value: "", label: t("chooseOne") };
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="year" value={year} />
      <Field
        as="select"
        name="fromMonth"
        label={t("fromMonth")}
        state={state}
        required
        options={[
          choose,
          ...myMonths.map((month) => ({ value: String(month), label: t("month", { month }) })),
        ]}
      />
      <Field
        as="select"
        name="target"
        label={t("target")}
        state={state}
        required
        options={[choose, ...targets]}
      />
      <Field as="textarea" name="note" label={t("note")} state={state} rows={2} maxLength={500} />
      <FormMessage state={state} />
      <SubmitButton label={t("request")} pendingLabel={t("requesting")} />
    </form>
  );
}
