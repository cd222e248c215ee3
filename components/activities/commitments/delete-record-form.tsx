"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deleteMyCommitmentRecord } from "@/lib/activities/commitments/actions";
import { initialFormState } from "@/lib/core/forms/form-state";
import { FormMessage } from "@/components/core/forms/form-status";

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
      <button
        type="submit"
        disabled={pending}
        aria-label={t("deleteNamed", { title })}
        className="min-h-11 rounded border border-red-800 px-4 py-2 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {t("delete")}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
