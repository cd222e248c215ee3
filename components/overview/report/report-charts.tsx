import { BarChart, LineChart } from "@/components/core/charts";
import type { ReportText } from "@/lib/overview/report/text";
import type { ReportMonth } from "@/lib/overview/report/types";

/** The year month by month: activities held, and volunteers with service hours. */
export function ReportCharts({ months, text }: { months: ReportMonth[]; text: ReportText }) {
  const { t } = text;
  const categories = months.map((month) => t("month", { month: month.month }));
  return (
    <div className="grid gap-6 md:grid-cols-2 print:grid-cols-2">
      <div className="print:break-inside-avoid">
        <BarChart
          title={t("chart.activitiesTitle")}
          categoryHeader={t("chart.month")}
          categories={categories}
          series={[{ name: t("chart.held"), values: months.map((month) => month.held) }]}
        />
      </div>
      <div className="print:break-inside-avoid">
        <LineChart
          title={t("chart.serviceTitle")}
          categoryHeader={t("chart.month")}
          categories={categories}
          series={[
            { name: t("chart.volunteers"), values: months.map((month) => month.volunteers) },
            { name: t("chart.hours"), values: months.map((month) => month.hours) },
          ]}
        />
      </div>
    </div>
  );
}
