import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { AdminActor } from "@/lib/core/auth/policy";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { getNeedsAttention, getYearOverview, listUpcomingMeetings } from "@/lib/overview/year/queries";
import { listReportYears } from "@/lib/overview/years";
import { YearPills } from "@/components/ui/year-pills";
import { AnnualReportLink } from "@/components/overview/report/report-link";
import { MonthlyCharts } from "./monthly-chart";
import { NeedsAttention } from "./needs-attention";
import { OverviewFigures } from "./overview-figures";
import { UpcomingMeetings } from "./upcoming-meetings";
import { VenueFigures } from "./venue-figures";

export async function adminOverviewMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview.admin");
  return { title: t("title") };
}

/**
 * The admin's home (/admin): what needs attention now, then one year at a glance — this year at
 * /admin (served from the admin's cached copy, lib/core/site/viewer-pages.ts), another through
 * the year picker at /admin?year=2025 (rendered per request). Every figure links to its records.
 */
export async function AdminOverview({ user, year: asked }: { user: AdminActor; year: number | null }) {
  const now = new Date();
  const current = beijingYearMonth(now).year;
  const year = asked ?? current;
  const [overview, attention, recordYears, meetings, t] = await Promise.all([
    getYearOverview(year, now),
    getNeedsAttention(now),
    listReportYears(),
    listUpcomingMeetings(now),
    getTranslations("overview.admin"),
  ]);
  const years = [...new Set([current, year, ...recordYears])].sort((a, b) => b - a);
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm text-stone-600">{t("welcome", { name: user.name })}</p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </header>
      <NeedsAttention items={attention} now={now} />
      <section aria-labelledby="year-heading" className="space-y-6">
        <div className="space-y-3">
          <h2 id="year-heading" className="text-xl font-bold">
            {t("yearHeading", { year })}
          </h2>
          <YearPills
            label={t("yearPicker")}
            current={year}
            years={years.map((each) => ({
              year: each,
              // This year is /admin itself, the address of the cached copy.
              href: each === current ? "/admin" : `/admin?year=${each}`,
              label: t("yearPill", { year: each }),
            }))}
          />
          {overview.plan ? <p className="text-sm text-stone-700">{t("planStatus", overview.plan)}</p> : null}
          <p className="text-sm text-stone-600">{t("figuresNote")}</p>
          <AnnualReportLink year={year} />
        </div>
        <OverviewFigures overview={overview} />
        <VenueFigures overview={overview} />
        <MonthlyCharts overview={overview} />
      </section>
      <UpcomingMeetings meetings={meetings} />
    </div>
  );
}
