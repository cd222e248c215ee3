import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AcceptReportForm, RequestFixForm } from "@/components/activities/reports/review-forms";
import { requireAdmin } from "@/lib/core/auth/session";
import {
  listOverdueReports,
  listReportsForReview,
  parseReviewFilter,
} from "@/lib/activities/reports/queries";
import { OverdueReports, ReviewFilterNav } from "@/components/activities/reports/overdue-reports";
import { beijingTimeZone } from "@/lib/core/time/beijing";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.reports");
  return { title: t("reviewTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Submitted reports to accept or return for a fix, and those waiting for their lead; newest
 * first. `?status=` shows one kind, or the reports overdue (the admin overview's links).
 */
async function ReportsReviewPageContent({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin("/admin/reports");
  const filter = parseReviewFilter((await searchParams).status);
  const [t, format, reports, overdue] = await Promise.all([
    getTranslations("activities.reports"),
    getFormatter(),
    filter === "OVERDUE" ? [] : listReportsForReview(filter),
    filter === "OVERDUE" ? listOverdueReports() : null,
  ]);
  const count = overdue ? overdue.length : reports.length;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("reviewTitle")}</h1>
      <ReviewFilterNav current={filter} />
      <p role="status" className="text-sm text-stone-700" data-count={count}>
        {t("reviewFilter.count", { filter: filter ?? "all", count })}
      </p>
      {overdue ? <OverdueReports rows={overdue} /> : null}
      {!overdue && reports.length === 0 ? <p className="text-stone-700">{t("reviewEmpty")}</p> : null}
      <ul className="space-y-4">
        {reports.map((report) => (
          <Card as="li" variant="outlined" key={report.id} className="space-y-3">
            <h2 className="text-lg font-semibold">
              <Link
                href={`/activities/${report.activity.id}`}
                className="text-brand-700 underline underline-offset-2"
              >
                {report.activity.title}
              </Link>
            </h2>
            <p className="text-sm text-stone-700">
              {t("reviewMeta", {
                unit: report.activity.leadUnit?.name ?? "",
                date: format.dateTime(report.actualDate, { dateStyle: "medium", timeZone: "UTC" }),
                updated: format.dateTime(report.updatedAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: beijingTimeZone,
                }),
              })}
            </p>
            {report.status === "NEEDS_FIX" ? (
              <p className="rounded bg-amber-50 p-3 text-sm text-amber-900">
                {t("waitingForFix", { message: report.fixRequest })}
              </p>
            ) : (
              <div className="grid gap-4 sm:grid-cols-2">
                <AcceptReportForm reportId={report.id} version={report.version} />
                <RequestFixForm reportId={report.id} version={report.version} />
              </div>
            )}
          </Card>
        ))}
      </ul>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function ReportsReviewPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <ClientMessages
      namespaces={[
        "activities.admin.alreadyCancelled",
        "activities.reports",
        "core.errors",
        "core.validation",
      ]}
    >
      <ReportsReviewPageContent searchParams={searchParams} />
    </ClientMessages>
  );
}
