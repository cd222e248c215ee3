import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { can } from "@/lib/core/auth/policy";
import { forbidden } from "next/navigation";
import { auditQueryString, parseAuditFilters } from "@/lib/core/audit/filters";
import type { Translate } from "@/lib/core/audit/labels";
import { getAuditFilterOptions, readAuditPage } from "@/lib/core/audit/queries";
import type { AuditText } from "@/components/core/audit/audit-changes";
import { AuditEntryList } from "@/components/core/audit/audit-entry-list";
import { AuditFilterForm } from "@/components/core/audit/audit-filter-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("core.audit");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The append-only audit log: read and export only, nothing here changes it. */
export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireAdmin("/admin/audit");
  if (!can(user, "audit.read")) forbidden();
  const filters = parseAuditFilters(await searchParams);
  const [t, words] = await Promise.all([getTranslations("core.audit"), getTranslations()]);
  const [{ total, pageCount, entries }, options] = await Promise.all([
    readAuditPage(filters, words as unknown as Translate),
    getAuditFilterOptions(),
  ]);
  const query = auditQueryString(filters);
  const pageLink = (page: number) => {
    const search = auditQueryString(filters, page);
    return search ? `/admin/audit?${search}` : "/admin/audit";
  };
  const linkClass = "rounded border border-stone-400 bg-white px-3 py-1 text-brand-700 hover:bg-stone-100";

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
      </header>
      <AuditFilterForm filters={filters} options={options} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>{t("count", { count: total })}</p>
        <p className="text-sm">
          <a href={`/admin/audit/export.csv${query ? `?${query}` : ""}`} className={linkClass} download>
            {t("export")}
          </a>
          <span className="ml-2 text-stone-600">{t("exportHint")}</span>
        </p>
      </div>
      {entries.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <AuditEntryList entries={entries} t={t as unknown as AuditText} />
      )}
      {pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-center gap-3 text-sm">
          {filters.page > 1 ? (
            <Link href={pageLink(filters.page - 1)} className={linkClass} rel="prev">
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("pageOf", { page: Math.min(filters.page, pageCount), pages: pageCount })}</span>
          {filters.page < pageCount ? (
            <Link href={pageLink(filters.page + 1)} className={linkClass} rel="next">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
