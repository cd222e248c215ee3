import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/core/auth/policy";
import { requireAdmin } from "@/lib/core/auth/session";
import {
  applicationStatuses,
  countOpenApplications,
  listApplications,
  parseStatusFilter,
} from "@/lib/units/admission/queries";
import { ApplicationStatusBadge } from "@/components/units/admission/application-status-badge";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { BackLink } from "@/components/ui/back-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.admission.review");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The admission review list (成员准入): open applications first, filterable by status. */
export default async function ApplicationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireAdmin("/admin/applications");
  if (!can(user, "membership.review")) forbidden();
  const status = parseStatusFilter((await searchParams).status);
  const [applications, openCount, t, te, format] = await Promise.all([
    listApplications(status),
    countOpenApplications(),
    getTranslations("units.admission.review"),
    getTranslations("core.enums"),
    getFormatter(),
  ]);

  return (
    <div className="space-y-6">
      <BackLink href="/admin" label={t("backToAdmin")} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        <p className="font-medium">{t("openCount", { count: openCount })}</p>
      </header>

      <FilterBar action="/admin/applications" inline submitLabel={t("filter")}>
        <FilterSelect
          label={t("statusFilter")}
          name="status"
          value={status}
          any={t("all")}
          options={applicationStatuses.map((value) => ({ value, label: t(`statusName.${value}`) }))}
        />
      </FilterBar>

      {applications.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listCaption")} className="space-y-2">
          {applications.map((application) => (
            <li key={application.id} className="rounded-lg bg-white p-3 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/admin/applications/${application.id}`}
                  className="font-medium text-brand-700 underline underline-offset-2"
                >
                  {application.orgName}
                </Link>
                <ApplicationStatusBadge status={application.status} />
              </div>
              <p className="mt-1 text-sm text-stone-600">
                <span className="font-mono">{application.reference}</span> ·{" "}
                {te(`UnitCategory.${application.category}`)} · {application.secretaryName} ·{" "}
                {format.dateTime(application.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
