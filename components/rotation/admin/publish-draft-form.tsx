"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { publishRotationDraft } from "@/lib/rotation/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { CheckboxField } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

export type PublishTarget = {
  scheduleId: number;
  version: number;
  number: number;
  violations: number;
  hasPublished: boolean;
};

/**
 * Publishing tells every duty unit; a draft that breaks a rule needs an explicit override.
 * Rendered with `draft` null once the version is published, so the success message stays.
 */
export function PublishDraftForm({ draft }: { draft: PublishTarget | null }) {
  const t = useTranslations("rotation.admin.publish");
  const [state, action] = useActionState(publishRotationDraft, initialFormState);
  if (!draft) return <FormMessage state={state} />;
  const { scheduleId, version, number, violations, hasPublished } = draft;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="scheduleId" value={scheduleId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-stone-700">
        {hasPublished ? t("explainSupersede", { number }) : t("explain", { number })}
      </p>
      {violations > 0 ? (
        <CheckboxField
          name="despiteWarnings"
          label={t("despiteWarnings", { count: violations })}
          state={state}
        />
      ) : null}
      <FormMessage state={state} />
      <SubmitButton label={t("submit", { number })} />
    </form>
  );
}
