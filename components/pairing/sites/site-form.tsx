"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/core/i18n/navigation";
import { createSite, updateSite } from "@/lib/pairing/sites/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { CheckboxField, Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

export type Option = { value: string; label: string };

/** A saved site as the form shows it: every value as the text of its control. */
export type SiteFormValues = {
  id: number;
  version: number;
  name: string;
  description: string;
  areaSqm: string;
  address: string;
  latitude: string;
  longitude: string;
  communityId: string;
  active: boolean;
};

/** Registering a site (no `site`) or editing one; an edit carries the version it was rendered with. */
export function SiteForm({ site, communities }: { site?: SiteFormValues; communities: Option[] }) {
  const t = useTranslations("pairing.sites.form");
  const router = useRouter();
  const [state, action] = useActionState(site ? updateSite : createSite, initialFormState);
  // A new site opens its own page, where its units and service log are added.
  const createdId = !site && state.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/admin/sites/${createdId}`);
  }, [createdId, router]);
  return (
    <form action={action} className="space-y-4" noValidate>
      {site ? (
        <>
          <input type="hidden" name="siteId" value={site.id} />
          <input type="hidden" name="version" value={site.version} />
        </>
      ) : null}
      <Field name="name" label={t("name")} maxLength={120} state={state} defaultValue={site?.name} required />
      <Field
        as="select"
        name="communityId"
        label={t("community")}
        options={[{ value: "", label: t("chooseCommunity") }, ...communities]}
        state={state}
        defaultValue={site?.communityId}
        required
      />
      <Field
        name="areaSqm"
        label={t("areaSqm")}
        hint={t("areaHint")}
        inputMode="decimal"
        state={state}
        defaultValue={site?.areaSqm}
      />
      <Field name="address" label={t("address")} maxLength={200} state={state} defaultValue={site?.address} />
      <div className="grid grid-cols-2 gap-3">
        <Field
          name="latitude"
          label={t("latitude")}
          inputMode="decimal"
          state={state}
          defaultValue={site?.latitude}
        />
        <Field
          name="longitude"
          label={t("longitude")}
          inputMode="decimal"
          state={state}
          defaultValue={site?.longitude}
        />
      </div>
      <p className="text-sm text-stone-600">{t("pointHint")}</p>
      <Field
        as="textarea"
        name="description"
        label={t("description")}
        maxLength={5000}
        state={state}
        defaultValue={site?.description}
      />
      <CheckboxField name="active" label={t("active")} state={state} defaultChecked={site?.active ?? true} />
      <FormMessage state={state} />
      <SubmitButton label={site ? t("save") : t("create")} pendingLabel={t("saving")} />
    </form>
  );
}
