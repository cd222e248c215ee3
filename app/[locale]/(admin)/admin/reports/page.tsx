import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AcceptReportForm, RequestFixForm } from "@/components/activities/reports/review-forms";
import { requireAdmin } from "@/lib/core/auth/session";
import { listReportsForReview } from "@/lib/activities/reports/queries";
import { beijingTimeZone } from "@/lib/core/time/beijing";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.reports");
  return { title: t("reviewTitle") };
}

/** Submitted reports to accept or return for a fix, and those waiting for their lead; newest first. */
async function ReportsReviewPageContent() {
  await requireAdmin("/admin/reports");
  const [t, format, reports] = await Promise.all([
    getTranslations("activities.reports"),
    getFormatter(),
    listReportsForReview(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("reviewTitle")}</h1>
      {reports.length === 0 ? <p className="text-stone-700">{t("reviewEmpty")}</p> : null}
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
export default function ReportsReviewPage() {
  return (
    <ClientMessages
      namespaces={[
        "activities.admin.alreadyCancelled",
        "activities.reports",
        "core.errors",
        "core.validation",
      ]}
    >
      <ReportsReviewPageContent />
    </ClientMessages>
  );
}
