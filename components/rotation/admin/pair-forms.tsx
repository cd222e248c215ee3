"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addRotationPair, removeRotationPair } from "@/lib/rotation/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type UnitOption = { id: number; name: string };

/** Two different active units that asked to serve together. */
export function AddPairForm({ year, units }: { year: number; units: UnitOption[] }) {
  const t = useTranslations("rotation.admin.pairs");
  const [state, action] = useActionState(addRotationPair, initialFormState);
  const options = [
    { value: "", label: t("choose") },
    ...units.map((unit) => ({ value: String(unit.id), label: unit.name })),
  ];
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field as="select" name="unitAId" label={t("unitA")} options={options} state={state} required />
        <Field as="select" name="unitBId" label={t("unitB")} options={options} state={state} required />
      </div>
      <FormMessage state={state} />
      <SubmitButton label={t("add")} variant="secondary" />
    </form>
  );
}

export function RemovePairForm({ pairId, label }: { pairId: number; label: string }) {
  const t = useTranslations("rotation.admin.pairs");
  const [state, action] = useActionState(removeRotationPair, initialFormState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="pairId" value={pairId} />
      <button type="submit" aria-label={label} className="text-sm text-red-800 underline">
        {t("remove")}
      </button>
      {!state.ok && state.message ? <FormMessage state={state} /> : null}
    </form>
  );
}
