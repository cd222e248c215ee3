"use client";

import { Link } from "@/lib/core/i18n/navigation";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { submitApplication } from "@/lib/units/admission/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

type Option = { value: string; label: string };

/** The public application form; after success it shows the reference number instead. */
export function JoinForm({ categories, orgTypes }: { categories: Option[]; orgTypes: Option[] }) {
  const t = useTranslations("units.admission.apply");
  const [state, action] = useActionState(submitApplication, initialFormState);
  const reference = typeof state.data?.reference === "string" ? state.data.reference : null;
  const heading = useRef<HTMLHeadingElement>(null);
  // The form disappears on success: move focus to the result so screen readers announce it.
  useEffect(() => {
    if (reference) heading.current?.focus();
  }, [reference]);

  if (state.ok && reference) {
    return (
      <section
        aria-labelledby="submitted-heading"
        className="space-y-3 rounded-lg bg-green-50 p-4 text-green-950"
      >
        <h2 id="submitted-heading" ref={heading} className="text-lg font-semibold" tabIndex={-1}>
          {t("submitted")}
        </h2>
        <p>
          {t("referenceLabel")}:{" "}
          <strong className="font-mono text-xl tracking-wider" data-testid="application-reference">
            {reference}
          </strong>
        </p>
        <p className="text-sm">{t("referenceNote")}</p>
        <Link
          href={`/join/status?reference=${encodeURIComponent(reference)}`}
          className="inline-block font-medium text-brand-700 underline underline-offset-2"
        >
          {t("checkStatus")}
        </Link>
      </section>
    );
  }

  const choose = { value: "", label: t("choose") };
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field
        name="orgName"
        label={t("orgName")}
        hint={t("orgNameHint")}
        state={state}
        maxLength={120}
        required
      />
      <Field
        name="category"
        as="select"
        label={t("category")}
        options={[choose, ...categories]}
        state={state}
        required
      />
      <Field
        name="orgType"
        as="select"
        label={t("orgType")}
        options={[choose, ...orgTypes]}
        state={state}
        required
      />
      <Field
        name="district"
        as="select"
        label={t("district")}
        options={[
          { value: "IN", label: t("districtIn") },
          { value: "OUT", label: t("districtOut") },
        ]}
        state={state}
        required
      />
      <Field
        name="address"
        label={t("address")}
        state={state}
        maxLength={200}
        autoComplete="street-address"
        required
      />
      <Field
        name="contactName"
        label={t("secretaryName")}
        state={state}
        maxLength={60}
        autoComplete="name"
        required
      />
      <Field
        name="mobile"
        type="tel"
        inputMode="tel"
        label={t("mobile")}
        hint={t("mobileHint")}
        state={state}
        maxLength={20}
        autoComplete="tel"
        required
      />
      <Field
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        state={state}
        maxLength={200}
        autoComplete="email"
        required
      />
      <Field
        name="motivation"
        as="textarea"
        rows={6}
        label={t("motivation")}
        hint={t("motivationHint")}
        state={state}
        maxLength={2000}
        required
      />
      <FormMessage state={state} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
