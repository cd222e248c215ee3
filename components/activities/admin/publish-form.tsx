"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { publishYear, unpublishYear } from "@/lib/activities/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { CheckboxField } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

/** Publishing (or taking back) a list changes /plan for everyone, so it asks to confirm. */
export function PublishForm({
  year,
  version,
  published,
}: {
  year: number;
  version: string;
  published: boolean;
}) {
  const t = useTranslations("activities.admin.publish");
  const [state, action] = useActionState(published ? unpublishYear : publishYear, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-stone-700">{published ? t("unpublishExplain") : t("publishExplain")}</p>
      <CheckboxField
        name="confirm"
        label={published ? t("confirmUnpublish", { year }) : t("confirmPublish", { year })}
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton
        label={published ? t("unpublish") : t("publish")}
        variant={published ? "danger" : "primary"}
      />
    </form>
  );
}
