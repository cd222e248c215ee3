"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";

/** Login, name, mobile and email of a new account (secretary or admin). */
export function PersonFields({ state, mobileRequired }: { state: FormState; mobileRequired: boolean }) {
  const t = useTranslations("units.accounts.fields");
  return (
    <>
      <Field
        name="login"
        label={t("login")}
        hint={t("loginHint")}
        state={state}
        autoComplete="off"
        maxLength={60}
        required
      />
      <Field name="name" label={t("name")} state={state} autoComplete="off" maxLength={60} required />
      <Field
        name="mobile"
        label={mobileRequired ? t("mobile") : t("mobileOptional")}
        type="tel"
        inputMode="numeric"
        state={state}
        autoComplete="off"
        maxLength={20}
        required={mobileRequired}
      />
      <Field
        name="email"
        label={t("emailOptional")}
        type="email"
        state={state}
        autoComplete="off"
        maxLength={200}
      />
    </>
  );
}
