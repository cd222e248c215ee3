"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import { deleteMyCommitmentRecord } from "@/lib/activities/commitments/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage } from "@/components/core/forms/form-status";
import { Button } from "@/components/ui/button";

/** Deletes one record at the version shown, then goes back to the five. */
export function DeleteRecordForm({ id, version, title }: { id: number; version: number; title: string }) {
  const t = useTranslations("activities.commitments");
  const router = useRouter();
  const [state, action, pending] = useActionState(deleteMyCommitmentRecord, initialFormState);
  const deleted = state.ok && state.data?.deleted === true;
  useEffect(() => {
    if (deleted) router.push("/my/commitments");
  }, [deleted, router]);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Button
        type="submit"
        variant="danger-outline"
        pending={pending}
        aria-label={t("deleteNamed", { title })}
        className="text-sm"
      >
        {t("delete")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
