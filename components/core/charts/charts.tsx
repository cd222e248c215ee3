import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChartFigure } from "./chart-figure";
import { chartOption, type ChartData, type ChartKind, type ChartLook } from "./chart-option";
import { renderChartSvg } from "./render-svg";

export type ChartProps = ChartData &
  ChartLook & {
    /** The figure's caption (a catalog string). */
    title: string;
    /** The table's first column header (a catalog string). */
    categoryHeader: string;
    /** The drawn size; the SVG scales to the container's width keeping these proportions. */
    width?: number;
    height?: number;
    /** More columns for the table only (catalog-named, numbers). */
    tableOnly?: ChartData["series"];
  };

// 480 × 280 keeps 12 month labels apart and the text about 10 px tall on a 390 px phone.
async function ServerChart({
  kind,
  width = 480,
  height = 280,
  stacked,
  showValues,
  ...props
}: ChartProps & { kind: ChartKind }) {
  const [t, format] = await Promise.all([getTranslations("core.charts"), getFormatter()]);
  const svg = renderChartSvg(chartOption(kind, props, { stacked, showValues }), { width, height });
  return (
    <ChartFigure
      {...props}
      svg={svg}
      showTable={t("showTable")}
      formatNumber={(value) => format.number(value)}
    />
  );
}

/** A bar chart rendered to SVG on the server, with its numbers as a table. */
export function BarChart(props: ChartProps) {
  return <ServerChart kind="bar" {...props} />;
}

/** A line chart rendered to SVG on the server, with its numbers as a table. */
export function LineChart(props: ChartProps) {
  return <ServerChart kind="line" {...props} />;
}
