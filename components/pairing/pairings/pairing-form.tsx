"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/core/i18n/navigation";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createPairing, proposeMyPairing } from "@/lib/pairing/pairings/actions";
import { PairingFocus } from "@/lib/generated/prisma/enums";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { CheckboxGroup, CommunitySelect, type CommunityGroup } from "./form-controls";

/**
 * A new pairing. A secretary proposes one for their own unit (`units` absent: the unit is
 * always theirs); an admin picks one unit or several (多对一抱团) and the pairing starts at once,
 * then the page moves on to it.
 */
export function PairingForm({
  communities,
  units,
  today,
}: {
  communities: CommunityGroup[];
  units?: Array<{ id: number; name: string }>;
  /** Today in Beijing (YYYY-MM-DD): the start date's default. */
  today: string;
}) {
  const t = useTranslations("pairing.pairings");
  const router = useRouter();
  const [state, action] = useActionState(units ? createPairing : proposeMyPairing, initialFormState);
  const createdId = units && state.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/admin/pairings/${createdId}`);
  }, [createdId, router]);
  return (
    <form
      action={action}
      className="space-y-4"
      noValidate
      aria-label={t(units ? "form.createTitle" : "form.proposeTitle")}
    >
      <CommunitySelect groups={communities} state={state} />
      {units ? (
        <CheckboxGroup
          name="unitIds"
          legend={t("form.units")}
          options={units.map((unit) => ({ value: String(unit.id), label: unit.name }))}
          state={state}
        />
      ) : null}
      <Field
        name="startsOn"
        type="date"
        label={t("form.startsOn")}
        state={state}
        defaultValue={today}
        required
      />
      <CheckboxGroup
        name="focusAreas"
        legend={t("form.focusAreas")}
        options={Object.values(PairingFocus).map((value) => ({ value, label: t(`focus.${value}`) }))}
        state={state}
      />
      <Field
        as="textarea"
        name="note"
        label={t("form.note")}
        hint={t(units ? "form.noteHintAdmin" : "form.noteHint")}
        state={state}
        rows={3}
        maxLength={1000}
      />
      <FormMessage state={state} />
      <SubmitButton label={t(units ? "form.create" : "form.propose")} />
    </form>
  );
}
