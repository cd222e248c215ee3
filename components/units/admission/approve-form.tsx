"use client";

import { Link } from "@/lib/core/i18n/navigation";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { approveApplication } from "@/lib/units/admission/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { DecisionTarget } from "./decision-forms";

type Props = {
  target: { id: number; version: number };
  open: boolean;
  suggested: { name: string; shortName: string; slug: string; mobile: string };
};

/**
 * Approves and creates the unit and its secretary. The one-time activation link comes back in
 * the result only (the database keeps a hash), so the form stays mounted after the page
 * refreshes to show it.
 */
export function ApproveForm({ target, open, suggested }: Props) {
  const t = useTranslations("units.admission.review");
  const [state, action] = useActionState(approveApplication, initialFormState);
  const link = typeof state.data?.activationLink === "string" ? state.data.activationLink : null;

  if (state.ok && link) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <label className="block text-sm font-medium">
          {t("activationLink")}
          <input
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full rounded border border-stone-400 bg-stone-50 px-3 py-2 font-mono text-sm"
          />
        </label>
        <p className="text-sm text-stone-600">
          {t("activationLinkHint", { login: String(state.data?.login ?? "") })}
        </p>
        <Link
          href={`/units/${String(state.data?.unitSlug ?? "")}`}
          className="text-sm text-brand-700 underline underline-offset-2"
        >
          {t("viewUnit")}
        </Link>
      </div>
    );
  }
  if (!open) return null;
  return (
    <form action={action} className="space-y-3" noValidate aria-labelledby="approve-heading">
      <h3 id="approve-heading" className="font-semibold">
        {t("approveTitle")}
      </h3>
      <p className="text-sm text-stone-600">{t("approveIntro")}</p>
      <DecisionTarget {...target} />
      <Field
        name="name"
        label={t("name")}
        defaultValue={suggested.name}
        state={state}
        maxLength={120}
        required
      />
      <Field
        name="shortName"
        label={t("shortName")}
        defaultValue={suggested.shortName}
        state={state}
        maxLength={40}
        required
      />
      <Field
        name="slug"
        label={t("slug")}
        hint={t("slugHint")}
        defaultValue={suggested.slug}
        state={state}
        maxLength={60}
        autoComplete="off"
        required
      />
      <Field
        name="mobile"
        type="tel"
        label={t("secretaryMobile")}
        defaultValue={suggested.mobile}
        state={state}
        maxLength={20}
        required
      />
      <FormMessage state={state} />
      <SubmitButton label={t("approveSubmit")} />
    </form>
  );
}
