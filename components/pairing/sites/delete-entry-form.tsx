"use client";

import { useTranslations } from "next-intl";
import { deleteLogEntry } from "@/lib/pairing/sites/actions";
import { ActionForm } from "@/components/core/forms/action-form";

/**
 * Deleting a mistaken visit, from the site's log list (the list then refreshes without it).
 * Folded away behind a disclosure so a stray tap deletes nothing.
 */
export function DeleteEntryForm({ siteId, entryId }: { siteId: number; entryId: number }) {
  const t = useTranslations("pairing.sites.entryForm");
  return (
    <details className="text-sm">
      <summary className="inline-flex min-h-6 cursor-pointer items-center text-red-800">
        {t("delete")}
      </summary>
      <ActionForm
        action={deleteLogEntry}
        hidden={{ siteId, entryId }}
        submitLabel={t("delete")}
        variant="danger"
        aria-label={t("delete")}
        className="mt-2 space-y-2"
      >
        {() => <p className="text-stone-600">{t("deleteHint")}</p>}
      </ActionForm>
    </details>
  );
}
