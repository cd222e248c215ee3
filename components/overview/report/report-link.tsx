import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";

/** The way from the admin overview's year to that year's annual report (print, PDF, Excel). */
export async function AnnualReportLink({ year }: { year: number }) {
  const t = await getTranslations("overview.report");
  return (
    <p>
      <Link
        href={`/admin/report/${year}`}
        className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-2"
      >
        {t("overviewLink", { year })}
      </Link>
    </p>
  );
}
