"use client";

import { useTranslations } from "next-intl";
import { renameSubdistrict } from "@/lib/pairing/communities/actions";
import { ActionForm } from "@/components/core/forms/action-form";
import { Field } from "@/components/core/forms/field";

/** Renames one subdistrict in place (a small form per subdistrict on /admin/communities). */
export function SubdistrictRenameForm({ subdistrict }: { subdistrict: { id: number; name: string } }) {
  const t = useTranslations("pairing.communities");
  return (
    <ActionForm
      action={renameSubdistrict}
      hidden={{ subdistrictId: subdistrict.id }}
      submitLabel={t("admin.rename")}
      variant="secondary"
      aria-label={`${t("admin.rename")}: ${subdistrict.name}`}
    >
      {(state) => (
        <Field
          name="name"
          label={t("fields.subdistrictName")}
          state={state}
          defaultValue={subdistrict.name}
          required
          maxLength={60}
        />
      )}
    </ActionForm>
  );
}
