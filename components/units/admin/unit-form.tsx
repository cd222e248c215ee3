"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import { createUnit, updateUnit } from "@/lib/units/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { CheckboxField, Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

export type Option = { value: string; label: string };

/** A unit's fields as the form shows them (dates as YYYY-MM-DD). */
export type UnitFormValues = {
  id: number;
  /** The unit's updatedAt (ISO) when the page was rendered: the version a save must match. */
  version: string;
  name: string;
  shortName: string;
  slug: string;
  category: string;
  orgType: string;
  inDistrict: boolean;
  intro: string;
  address: string;
  contactName: string;
  contactPhone: string;
  contactPhonePublic: boolean;
  joinedOn: string;
  isDemo: boolean;
  latitude: string;
  longitude: string;
};

/**
 * Creating (no `unit`) or editing a unit. Editing sends the version the page was rendered with;
 * a successful save re-renders the page with the new one (the action revalidates it).
 */
export function UnitForm({
  unit,
  categories,
  orgTypes,
  today,
}: {
  unit?: UnitFormValues;
  categories: Option[];
  orgTypes: Option[];
  today: string;
}) {
  const t = useTranslations("units.admin.form");
  const router = useRouter();
  const [state, action] = useActionState(unit ? updateUnit : createUnit, initialFormState);
  const createdId = !unit && state.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/admin/units/${createdId}`);
  }, [createdId, router]);

  return (
    <form action={action} className="space-y-4" noValidate>
      {unit ? (
        <>
          <input type="hidden" name="id" value={unit.id} />
          <input type="hidden" name="version" value={unit.version} />
        </>
      ) : null}
      <Field
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        maxLength={120}
        state={state}
        defaultValue={unit?.name}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="shortName"
          label={t("shortName")}
          maxLength={40}
          state={state}
          defaultValue={unit?.shortName}
          required
        />
        <Field
          name="slug"
          label={t("slug")}
          hint={t("slugHint")}
          maxLength={60}
          autoComplete="off"
          state={state}
          defaultValue={unit?.slug}
          required
        />
        <Field
          as="select"
          name="category"
          label={t("category")}
          options={categories}
          state={state}
          defaultValue={unit?.category}
          required
        />
        <Field
          as="select"
          name="orgType"
          label={t("orgType")}
          options={orgTypes}
          state={state}
          defaultValue={unit?.orgType}
          required
        />
        <Field
          name="joinedOn"
          type="date"
          label={t("joinedOn")}
          state={state}
          defaultValue={unit?.joinedOn ?? today}
          required
        />
      </div>
      <CheckboxField
        name="inDistrict"
        label={t("inDistrict")}
        state={state}
        defaultChecked={unit?.inDistrict ?? true}
      />
      <Field
        as="textarea"
        name="intro"
        label={t("intro")}
        rows={4}
        maxLength={2000}
        state={state}
        defaultValue={unit?.intro}
      />
      <Field name="address" label={t("address")} maxLength={200} state={state} defaultValue={unit?.address} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm text-stone-600">{t("pointHint")}</legend>
        <Field
          name="latitude"
          label={t("latitude")}
          inputMode="decimal"
          state={state}
          defaultValue={unit?.latitude}
        />
        <Field
          name="longitude"
          label={t("longitude")}
          inputMode="decimal"
          state={state}
          defaultValue={unit?.longitude}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="contactName"
          label={t("contactName")}
          maxLength={60}
          state={state}
          defaultValue={unit?.contactName}
        />
        <Field
          name="contactPhone"
          type="tel"
          label={t("contactPhone")}
          maxLength={30}
          state={state}
          defaultValue={unit?.contactPhone}
        />
      </div>
      <CheckboxField
        name="contactPhonePublic"
        label={t("contactPhonePublic")}
        state={state}
        defaultChecked={unit?.contactPhonePublic ?? false}
      />
      <CheckboxField name="isDemo" label={t("isDemo")} state={state} defaultChecked={unit?.isDemo ?? false} />
      {unit ? <p className="text-sm text-stone-600">{t("versionNote")}</p> : null}
      <FormMessage state={state} />
      <SubmitButton label={unit ? t("save") : t("create")} pendingLabel={t("saving")} />
    </form>
  );
}
