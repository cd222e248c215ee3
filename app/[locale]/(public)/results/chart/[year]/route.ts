import { chartOption, renderChartSvg } from "@/components/core/charts";
import { monthChartData, monthChartSize } from "@/components/overview/results/month-chart-data";
import { isLocale } from "@/lib/core/i18n/config";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { getServiceTotals } from "@/lib/overview/results/queries";
import { parseResultsYear } from "@/lib/overview/results/year-param";

// The month chart of /results/<year> as an SVG image, drawn on the server from the same numbers
// as the page's table (published lists only, as the page). Cached like the page and expired with
// it (resultsChanged: the /results layout covers this route).
export const revalidate = 600;

export function generateStaticParams() {
  return [];
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; year: string }> },
) {
  const { locale, year: segment } = await params;
  const year = parseResultsYear([segment], beijingYearMonth().year);
  if (year === null || !isLocale(locale)) return new Response("Not found", { status: 404 });
  const { byMonth } = await getServiceTotals(year, undefined, { publishedOnly: true });
  const { formatNumber: _unused, ...data } = await monthChartData(byMonth, locale);
  const svg = renderChartSvg(chartOption("bar", data), monthChartSize);
  return new Response(svg, { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
}
