import { getTranslations } from "next-intl/server";
import { BarChart, LineChart } from "@/components/core/charts";
import type { YearOverview } from "@/lib/overview/year/queries";

/**
 * The year month by month: activities held (bars) and volunteers and hours (lines), drawn on the
 * server as SVG with a table of the same numbers (components/core/charts). Catalog strings and
 * numbers only.
 */
export async function MonthlyCharts({ overview }: { overview: YearOverview }) {
  const t = await getTranslations("overview.admin");
  const categories = overview.byMonth.map((row) => t("chart.monthLabel", { month: row.month }));
  return (
    <section aria-labelledby="overview-months" className="space-y-4">
      <h3 id="overview-months" className="text-lg font-semibold">
        {t("sections.months")}
      </h3>
      <div className="grid gap-6 lg:grid-cols-2">
        <BarChart
          title={t("chart.heldTitle", { year: overview.year })}
          categoryHeader={t("chart.month")}
          categories={categories}
          series={[{ name: t("chart.held"), values: overview.byMonth.map((row) => row.held) }]}
        />
        <LineChart
          title={t("chart.serviceTitle", { year: overview.year })}
          categoryHeader={t("chart.month")}
          categories={categories}
          series={[
            { name: t("chart.volunteers"), values: overview.byMonth.map((row) => row.volunteers) },
            { name: t("chart.hours"), values: overview.byMonth.map((row) => row.hours) },
          ]}
        />
      </div>
    </section>
  );
}
