import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { requireAdmin } from "@/lib/core/auth/session";
import { reportYears } from "@/lib/overview/report/report-years";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview.report");
  return { title: t("indexTitle") };
}

/** The years that have an annual report, newest first (the current year always). */
export default async function AnnualReportsPage() {
  await requireAdmin("/admin/report");
  const [t, years] = await Promise.all([getTranslations("overview.report"), reportYears()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("indexTitle")}</h1>
      <p className="text-stone-700">{t("indexIntro")}</p>
      <ul className="space-y-2">
        {years.map((year) => (
          <li key={year}>
            <Link
              href={`/admin/report/${year}`}
              className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2"
            >
              {t("indexYear", { year })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
