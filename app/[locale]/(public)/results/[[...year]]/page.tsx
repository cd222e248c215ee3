import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/core/i18n/navigation";
import { YearPills } from "@/components/ui/year-pills";
import { YearFigures, YearResultList } from "@/components/overview/results/year-figures";
import { MonthChart } from "@/components/overview/results/month-chart";
import { Highlights } from "@/components/overview/results/highlights";
import { HowCounted } from "@/components/overview/results/how-counted";
import { getYearResults } from "@/lib/overview/results/queries";
import { parseResultsYear, resultsYears } from "@/lib/overview/results/year-param";
import { listReportYears } from "@/lib/overview/years";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { planHref } from "@/lib/activities/plan/plan-filters";

// `/results` is this year's page, `/results/2025` that year's; anything else is a 404
// (lib/overview/results/year-param.ts). It reads no cookie, header or query: each year is
// rendered on first request, served from the cache, and expired by the changes that move its
// numbers (resultsChanged in lib/core/site/revalidate-public.ts) or after the layout's 10 minutes.

type Params = Promise<{ year?: string[] }>;

export function generateStaticParams() {
  return [];
}

async function pickYear(params: Params): Promise<number> {
  const year = parseResultsYear((await params).year ?? [], beijingYearMonth().year);
  if (year === null) notFound();
  return year;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const year = await pickYear(params);
  const t = await getTranslations("overview.results");
  return { title: t("metaTitle", { year }), description: t("metaDescription", { year }) };
}

/** What the committee achieved in a year, computed from its records (issue 16). */
export default async function ResultsPage({ params }: { params: Params }) {
  const year = await pickYear(params);
  const [t, results, recordYears] = await Promise.all([
    getTranslations("overview.results"),
    getYearResults(year),
    listReportYears(),
  ]);
  const years = resultsYears(recordYears, beijingYearMonth().year).map((y) => ({
    year: y,
    href: `/results/${y}`,
    label: t("yearPill", { year: y }),
  }));

  return (
    <div className="mx-auto max-w-5xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("heading", { year })}</h1>
        <p className="max-w-3xl text-stone-700">{t("intro")}</p>
        <YearPills label={t("yearsLabel")} years={years} current={year} />
      </header>
      <YearFigures results={results} />
      <MonthChart year={year} byMonth={results.byMonth} />
      <YearResultList results={results.results} />
      <Highlights highlights={results.highlights} />
      <HowCounted />
      <p>
        <Link href={planHref({ year })} className="text-brand-700 underline underline-offset-2">
          {t("planLink", { year })}
        </Link>
      </p>
    </div>
  );
}
