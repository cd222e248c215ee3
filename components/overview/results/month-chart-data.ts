import "server-only";
import { createTranslator } from "next-intl";
import type { ChartData } from "@/components/core/charts";
import type { Locale } from "@/lib/core/i18n/config";
import { loadMessages } from "@/lib/core/i18n/messages";
import type { MonthTotals } from "@/lib/overview/results/queries";

/** The month chart's drawn size: 12 month labels apart, text about 10 px tall at 390 px. */
export const monthChartSize = { width: 480, height: 280 };

/**
 * The year's month chart, for the page (its caption and table) and for the route that draws it
 * (/results/chart/<year>): the volunteers as bars, activities held and hours in the table too.
 * Month names come from Intl and series names from the catalog: no user text reaches the SVG.
 * The catalog is read directly (not the request's translator): a route handler has none.
 */
export async function monthChartData(byMonth: readonly MonthTotals[], locale: Locale) {
  const messages = await loadMessages(locale);
  const t = createTranslator({
    locale,
    messages: { overview: { results: messages.overview.results } },
    namespace: "overview.results",
  }) as unknown as (key: string) => string;
  const months = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const numbers = new Intl.NumberFormat(locale);
  const chart: ChartData = {
    categories: byMonth.map((row) => months.format(new Date(Date.UTC(2000, row.month - 1, 1)))),
    series: [{ name: t("seriesVolunteers"), values: byMonth.map((row) => row.volunteers) }],
  };
  return {
    ...chart,
    title: t("chartVolunteers"),
    categoryHeader: t("monthColumn"),
    tableOnly: [
      { name: t("seriesHeld"), values: byMonth.map((row) => row.held) },
      { name: t("seriesHours"), values: byMonth.map((row) => row.hours) },
    ],
    formatNumber: (value: number) => numbers.format(value),
  };
}
