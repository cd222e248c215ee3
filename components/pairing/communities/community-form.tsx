"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/core/i18n/navigation";
import { initialFormState } from "@/lib/core/forms/form-state";
import { createCommunity, updateCommunity } from "@/lib/pairing/communities/actions";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";
import { SubdistrictField } from "./subdistrict-field";

type Props = {
  /** The saved community's id and version when editing; absent when adding one. */
  community?: { id: number; version: number };
  defaults: Record<string, string>;
  subdistricts: readonly string[];
  units: ReadonlyArray<{ id: number; name: string }>;
};

/** Adds or edits a community: its subdistrict, place, description and members-only contact. */
export function CommunityForm({ community, defaults, subdistricts, units }: Props) {
  const t = useTranslations("pairing.communities");
  const router = useRouter();
  const [state, action] = useActionState(community ? updateCommunity : createCommunity, initialFormState);
  const createdId = !community && state.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/admin/communities/${createdId}`);
  }, [createdId, router]);
  const value = (name: string) => defaults[name] ?? "";
  const text = (name: string, maxLength: number, extra: { required?: boolean; type?: "tel" } = {}) => (
    <Field
      name={name}
      label={t(`fields.${name}`)}
      state={state}
      defaultValue={value(name)}
      maxLength={maxLength}
      {...extra}
    />
  );

  return (
    <form action={action} className="space-y-4" noValidate>
      {community ? (
        <>
          <input type="hidden" name="communityId" value={community.id} />
          <input type="hidden" name="version" value={community.version} />
        </>
      ) : null}
      <div key={community?.version ?? "new"} className="space-y-4">
        <SubdistrictField
          label={t("fields.subdistrict")}
          hint={t("fields.subdistrictHint")}
          state={state}
          defaultValue={value("subdistrict")}
          subdistricts={subdistricts}
        />
        {text("name", 120, { required: true })}
        {text("address", 200)}
        <div className="grid grid-cols-2 items-start gap-4">
          {(["latitude", "longitude"] as const).map((name) => (
            <Field
              key={name}
              name={name}
              label={t(`fields.${name}`)}
              inputMode="decimal"
              state={state}
              defaultValue={value(name)}
            />
          ))}
        </div>
        <p className="text-sm text-stone-600">{t("fields.pointHint")}</p>
        <Field
          as="textarea"
          name="description"
          label={t("fields.description")}
          state={state}
          defaultValue={value("description")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          {text("contactName", 60)}
          {text("contactPhone", 30, { type: "tel" })}
        </div>
        <Field
          as="select"
          name="unitId"
          label={t("fields.unitId")}
          hint={t("fields.unitHint")}
          state={state}
          defaultValue={value("unitId")}
          options={[
            { value: "", label: t("fields.noUnit") },
            ...units.map((unit) => ({ value: String(unit.id), label: unit.name })),
          ]}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton
        label={community ? t("admin.save") : t("admin.create")}
        pendingLabel={t("admin.saving")}
        className="w-full sm:w-auto"
      />
    </form>
  );
}
