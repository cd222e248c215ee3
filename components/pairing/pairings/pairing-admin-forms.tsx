"use client";

import { useTranslations } from "next-intl";
import { addPairingUnit, changePairingStatus, removePairingUnit } from "@/lib/pairing/pairings/actions";
import type { PairingTransition } from "@/lib/pairing/pairings/transitions";
import { ActionForm } from "@/components/core/forms/action-form";
import { Field } from "@/components/core/forms/field";

type Pairing = { id: number; version: number };

/** One step of the lifecycle (approve, decline, pause, resume, end), with its reason if it needs one. */
export function TransitionForm({
  pairing,
  transition,
  reason,
}: {
  pairing: Pairing;
  transition: PairingTransition;
  /** "required", "optional" (resume: a note for the units) or absent. */
  reason?: "required" | "optional";
}) {
  const t = useTranslations("pairing.pairings");
  const primary = transition === "approve" || transition === "resume";
  return (
    <ActionForm
      action={changePairingStatus}
      hidden={{ pairingId: pairing.id, version: pairing.version, transition }}
      submitLabel={t(`transition.${transition}`)}
      variant={primary ? "primary" : "secondary"}
      aria-label={t(`transition.${transition}`)}
      className="space-y-2 rounded border border-stone-200 p-3"
      note={reason === "required" ? { name: "reason", label: t("form.reason"), maxLength: 500 } : undefined}
    >
      {(state) =>
        reason === "optional" ? (
          <Field
            as="textarea"
            name="reason"
            label={t("form.noteForUnits")}
            state={state}
            rows={2}
            maxLength={500}
          />
        ) : null
      }
    </ActionForm>
  );
}

/** A unit joins the running pairing (one-to-one becomes many-to-one). */
export function AddUnitForm({
  pairing,
  units,
}: {
  pairing: Pairing;
  units: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations("pairing.pairings");
  return (
    <ActionForm
      action={addPairingUnit}
      hidden={{ pairingId: pairing.id, version: pairing.version }}
      submitLabel={t("form.addUnit")}
      variant="secondary"
      aria-label={t("form.addUnit")}
      note={{ name: "reason", label: t("form.unitReason"), maxLength: 500 }}
    >
      {(state) => (
        <Field
          as="select"
          name="unitId"
          label={t("form.unit")}
          state={state}
          options={[
            { value: "", label: t("form.chooseUnit") },
            ...units.map((u) => ({ value: String(u.id), label: u.name })),
          ]}
          required
        />
      )}
    </ActionForm>
  );
}

/** A unit leaves the pairing (the last one cannot: end the pairing instead). */
export function RemoveUnitForm({ pairing, unit }: { pairing: Pairing; unit: { id: number; name: string } }) {
  const t = useTranslations("pairing.pairings");
  return (
    <ActionForm
      action={removePairingUnit}
      hidden={{ pairingId: pairing.id, version: pairing.version, unitId: unit.id }}
      submitLabel={t("form.removeUnit")}
      variant="secondary"
      aria-label={t("form.removeUnitNamed", { name: unit.name })}
      note={{ name: "reason", label: t("form.unitReason"), maxLength: 500 }}
    />
  );
}
