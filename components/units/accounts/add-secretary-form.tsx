"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addSecretary } from "@/lib/units/accounts/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { IssuedPassword } from "./issued-password";
import { PersonFields } from "./person-fields";

export type UnitChoice = { value: string; label: string };

/** Adds a unit's primary or deputy secretary; the temporary password is shown once below. */
export function AddSecretaryForm({
  units,
  unitId,
  unitRole,
}: {
  units: UnitChoice[];
  unitId?: string;
  unitRole?: string;
}) {
  const t = useTranslations("units.accounts");
  const [state, action] = useActionState(addSecretary, initialFormState);
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" noValidate>
        <Field
          as="select"
          name="unitId"
          label={t("fields.unit")}
          options={[{ value: "", label: t("fields.chooseUnit") }, ...units]}
          defaultValue={unitId}
          state={state}
          required
        />
        <Field
          as="select"
          name="unitRole"
          label={t("fields.unitRole")}
          options={[
            { value: "PRIMARY", label: t("unitRole.PRIMARY") },
            { value: "DEPUTY", label: t("unitRole.DEPUTY") },
          ]}
          defaultValue={unitRole}
          state={state}
          required
        />
        <PersonFields state={state} mobileRequired />
        <FormMessage state={state} />
        <SubmitButton label={t("add.submit")} />
      </form>
      <IssuedPassword state={state} showAccountLink />
    </div>
  );
}
