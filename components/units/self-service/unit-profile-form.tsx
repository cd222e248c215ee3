"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateMyUnitProfile } from "@/lib/units/self-service/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { CheckboxField, Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Props = {
  intro: string;
  address: string;
  contactName: string;
  contactPhone: string;
  contactPhonePublic: boolean;
  latitude: string;
  longitude: string;
  version: string;
};

/** The unit's public profile. No unit id is sent: the server uses the secretary's own unit. */
export function UnitProfileForm(props: Props) {
  const t = useTranslations("units.selfService.profile");
  const [state, action] = useActionState(updateMyUnitProfile, initialFormState);
  const version = state.ok && typeof state.data?.version === "string" ? state.data.version : props.version;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="version" value={version} />
      <Field
        as="textarea"
        name="intro"
        label={t("intro")}
        hint={t("introHint")}
        rows={8}
        maxLength={2000}
        defaultValue={props.intro}
        state={state}
      />
      <Field name="address" label={t("address")} defaultValue={props.address} maxLength={200} state={state} />
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 text-sm text-stone-600">{t("pointHint")}</legend>
        <Field
          name="latitude"
          label={t("latitude")}
          inputMode="decimal"
          defaultValue={props.latitude}
          state={state}
        />
        <Field
          name="longitude"
          label={t("longitude")}
          inputMode="decimal"
          defaultValue={props.longitude}
          state={state}
        />
      </fieldset>
      <Field
        name="contactName"
        label={t("contactName")}
        defaultValue={props.contactName}
        maxLength={60}
        state={state}
      />
      <Field
        name="contactPhone"
        label={t("contactPhone")}
        type="tel"
        defaultValue={props.contactPhone}
        maxLength={30}
        state={state}
      />
      <CheckboxField
        name="contactPhonePublic"
        label={t("contactPhonePublic")}
        defaultChecked={props.contactPhonePublic}
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("saveUnit")} pendingLabel={t("saving")} />
    </form>
  );
}
