"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateMyProfile } from "@/lib/units/self-service/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Props = { name: string; mobile: string; email: string; version: string };

/** The secretary's own contact details; the version makes a save over a newer change fail. */
export function ProfileForm(props: Props) {
  const t = useTranslations("units.selfService.profile");
  const [state, action] = useActionState(updateMyProfile, initialFormState);
  const version = state.ok && typeof state.data?.version === "string" ? state.data.version : props.version;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="version" value={version} />
      <Field
        name="name"
        label={t("name")}
        defaultValue={props.name}
        autoComplete="name"
        maxLength={60}
        state={state}
        required
      />
      <Field
        name="mobile"
        label={t("mobile")}
        hint={t("mobileHint")}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        defaultValue={props.mobile}
        maxLength={20}
        state={state}
        required
      />
      <Field
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        defaultValue={props.email}
        maxLength={200}
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton label={t("saveProfile")} pendingLabel={t("saving")} />
    </form>
  );
}
