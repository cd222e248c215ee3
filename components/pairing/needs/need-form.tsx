"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/core/i18n/navigation";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createNeed, updateNeed } from "@/lib/pairing/needs/actions";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { cardClass } from "@/components/ui/card";

/** The need as the form shows it (strings, as fields hold them). */
export type NeedFormValues = {
  needId: number;
  version: number;
  communityId: string;
  title: string;
  description: string;
  address: string;
  latitude: string;
  longitude: string;
  startsOn: string;
  endsOn: string;
  volunteersWanted: string;
  skills: string;
  sizeValue: string;
  sizeUnit: string;
};

type Props = {
  communities: Array<{ value: string; label: string }>;
  /** An existing need to edit; without it the form posts a new one. */
  need?: NeedFormValues;
};

/** Posting or editing a need: what, where (community, address, map point), when, who, how big. */
export function NeedForm({ communities, need }: Props) {
  const t = useTranslations("pairing.needs.admin");
  const router = useRouter();
  const [state, action] = useActionState(need ? updateNeed : createNeed, initialFormState);
  // A posted need opens on its own page, where photos are added and offers arrive.
  const createdId = !need && state.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/admin/needs/${createdId}`);
  }, [createdId, router]);
  const field = (name: keyof NeedFormValues) => ({
    name,
    state,
    label: t(`fields.${name}` as "fields.title"),
    defaultValue: need?.[name]?.toString() ?? "",
  });
  return (
    <form action={action} className={cardClass("raised", "space-y-4")} noValidate>
      {need ? (
        <>
          <input type="hidden" name="needId" value={need.needId} />
          <input type="hidden" name="version" value={need.version} />
        </>
      ) : null}
      <Field
        {...field("communityId")}
        as="select"
        required
        options={[{ value: "", label: t("chooseCommunity") }, ...communities]}
      />
      <Field {...field("title")} required maxLength={120} />
      <Field {...field("description")} as="textarea" rows={5} required maxLength={5000} />
      <Field {...field("address")} maxLength={200} />
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 text-sm text-stone-600">{t("fields.pointHint")}</legend>
        <Field {...field("latitude")} inputMode="decimal" />
        <Field {...field("longitude")} inputMode="decimal" />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field {...field("startsOn")} type="date" />
        <Field {...field("endsOn")} type="date" />
      </div>
      <Field {...field("volunteersWanted")} type="number" inputMode="numeric" />
      <Field {...field("skills")} as="textarea" rows={3} hint={t("fields.skillsHint")} />
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 text-sm text-stone-600">{t("fields.sizeHint")}</legend>
        <Field {...field("sizeValue")} inputMode="decimal" />
        <Field {...field("sizeUnit")} maxLength={20} />
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton label={need ? t("save") : t("create")} />
    </form>
  );
}
