import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/core/charts";
import { isLocale, defaultLocale } from "@/lib/core/i18n/config";
import type { MonthTotals } from "@/lib/overview/results/queries";
import { monthChartData, monthChartSize } from "./month-chart-data";

/**
 * The year month by month: the chart is an image drawn on the server by /results/chart/<year>
 * (visible without JavaScript, cached like the page), not inline SVG — inline, a cached public
 * page carries it twice (its HTML and its React payload) and /results would pass 50 KB. Its
 * numbers are in the table beside it.
 */
export async function MonthChart({ year, byMonth }: { year: number; byMonth: readonly MonthTotals[] }) {
  const asked = await getLocale();
  const locale = isLocale(asked) ? asked : defaultLocale;
  const [t, { formatNumber, ...data }] = await Promise.all([
    getTranslations("overview.results"),
    monthChartData(byMonth, locale),
  ]);
  const tc = await getTranslations("core.charts");
  const prefix = locale === defaultLocale ? "" : `/${locale}`;
  return (
    <section aria-labelledby="months-heading" className="space-y-3">
      <h2 id="months-heading" className="text-xl font-bold">
        {t("monthHeading")}
      </h2>
      <ChartFigure
        {...data}
        svg={{ src: `${prefix}/results/chart/${year}`, ...monthChartSize }}
        showTable={tc("showTable")}
        formatNumber={formatNumber}
      />
    </section>
  );
}
