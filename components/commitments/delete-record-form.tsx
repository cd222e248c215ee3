"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteMyCommitmentRecord } from "@/lib/commitments/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { FormMessage } from "@/components/forms/form-status";

/** Deletes one record at the version shown; a stale page gets a message, not a silent delete. */
export function DeleteRecordForm({ id, version, title }: { id: number; version: number; title: string }) {
  const t = useTranslations("commitments");
  const [state, action, pending] = useActionState(deleteMyCommitmentRecord, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t("deleteNamed", { title })}
        className="rounded border border-red-800 px-3 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {t("delete")}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
