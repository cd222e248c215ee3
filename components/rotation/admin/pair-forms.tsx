"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addRotationPair, removeRotationPair } from "@/lib/rotation/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage } from "@/components/core/forms/form-status";
import { TwoChoiceForm } from "./two-choice-form";

type UnitOption = { id: number; name: string };

/** Two different active units that asked to serve together. */
export function AddPairForm({ year, units }: { year: number; units: UnitOption[] }) {
  const t = useTranslations("rotation.admin.pairs");
  const options = [
    { value: "", label: t("choose") },
    ...units.map((unit) => ({ value: String(unit.id), label: unit.name })),
  ];
  return (
    <TwoChoiceForm
      action={addRotationPair}
      hidden={{ year }}
      submitLabel={t("add")}
      first={{ name: "unitAId", label: t("unitA"), options }}
      second={{ name: "unitBId", label: t("unitB"), options }}
    />
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
