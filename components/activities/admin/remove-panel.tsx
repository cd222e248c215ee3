"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import { cancelActivity, deleteActivity } from "@/lib/activities/admin/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { FormMessage, SubmitButton } from "@/components/core/forms/form-status";

/**
 * An activity nobody claimed or joined can be deleted; any other is cancelled with a reason, which
 * everybody signed up for it is told.
 */
export function RemovePanel({
  id,
  version,
  year,
  deletable,
}: {
  id: number;
  /** The activity's version when the page was shown: a cancellation of a changed activity is refused. */
  version: number;
  year: number;
  deletable: boolean;
}) {
  const t = useTranslations("activities.admin.remove");
  const router = useRouter();
  const [deleteState, remove] = useActionState(deleteActivity, initialFormState);
  const [cancelState, cancel] = useActionState(cancelActivity, initialFormState);
  useEffect(() => {
    if (deleteState.ok) router.push(`/admin/plan/${year}`);
  }, [deleteState.ok, router, year]);
  if (deletable) {
    return (
      <form action={remove} className="space-y-3">
        <input type="hidden" name="id" value={id} />
        <p className="text-sm text-stone-700">{t("deleteExplain")}</p>
        <FormMessage state={deleteState} />
        <SubmitButton label={t("delete")} variant="danger" />
      </form>
    );
  }
  return (
    <form action={cancel} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-stone-700">{t("cancelExplain")}</p>
      <Field
        as="textarea"
        name="reason"
        label={t("reason")}
        maxLength={500}
        rows={3}
        state={cancelState}
        required
      />
      <FormMessage state={cancelState} />
      <SubmitButton label={t("cancel")} variant="danger" />
    </form>
  );
}
