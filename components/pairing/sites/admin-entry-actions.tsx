import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { DeleteEntryForm } from "./delete-entry-form";
import type { LogListEntry } from "./site-log-list";

/**
 * Under a visit on the admin page: edit (entries an admin wrote) or the note that the activity's
 * report keeps it in step, and delete.
 */
export async function AdminEntryActions({ siteId, entry }: { siteId: number; entry: LogListEntry }) {
  const t = await getTranslations("pairing.sites.admin");
  return (
    <div className="flex flex-wrap items-start gap-4 border-t border-stone-200 pt-2">
      {entry.activity ? (
        <p className="text-sm text-stone-600">{t("entryFromReport")}</p>
      ) : (
        <Link
          href={`/admin/sites/${siteId}/log/${entry.id}`}
          className="inline-flex min-h-6 items-center text-sm text-brand-700 underline underline-offset-2"
        >
          {t("editEntry")}
        </Link>
      )}
      <DeleteEntryForm siteId={siteId} entryId={entry.id} />
    </div>
  );
}
