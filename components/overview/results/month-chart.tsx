import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/core/charts";
import type { MonthTotals } from "@/lib/overview/results/queries";

/**
 * The year month by month: one chart of the volunteers (a cached public page stays under 50 KB,
 * and carries the SVG twice), with activities held and hours beside them in its table. Month
 * names come from Intl and series names from the catalog: no user text reaches the SVG.
 */
export async function MonthChart({ byMonth }: { byMonth: readonly MonthTotals[] }) {
  const [t, format] = await Promise.all([getTranslations("overview.results"), getFormatter()]);
  const categories = byMonth.map((row) =>
    format.dateTime(new Date(Date.UTC(2000, row.month - 1, 1)), { month: "short", timeZone: "UTC" }),
  );
  return (
    <section aria-labelledby="months-heading" className="space-y-3">
      <h2 id="months-heading" className="text-xl font-bold">
        {t("monthHeading")}
      </h2>
      <BarChart
        title={t("chartVolunteers")}
        categoryHeader={t("monthColumn")}
        categories={categories}
        series={[{ name: t("seriesVolunteers"), values: byMonth.map((row) => row.volunteers) }]}
        tableOnly={[
          { name: t("seriesHeld"), values: byMonth.map((row) => row.held) },
          { name: t("seriesHours"), values: byMonth.map((row) => row.hours) },
        ]}
      />
    </section>
  );
}
