import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption } from "echarts/components";

// The ECharts option behind the site's charts: the site's colours and Chinese-friendly fonts,
// no animation, no hover or click behaviour (the SVG is a picture; the table beside it carries
// the numbers). Pure, so the option can be checked without rendering.

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption
>;

/** Categories along the x axis and one or more named series of numbers, one per category. */
export type ChartData = {
  categories: readonly string[];
  series: ReadonlyArray<{ name: string; values: readonly number[] }>;
};

export type ChartKind = "bar" | "line";

/** Brand red first (globals.css --color-brand-700), then tones that stay apart from it. */
export const chartPalette = ["#a61b1b", "#d97706", "#0f766e", "#57534e", "#1d4ed8", "#be185d"];

/**
 * Text takes the page's font (globals.css --font-sans: PingFang SC, Noto Sans CJK SC, Microsoft
 * YaHei, …) by inheritance: a short value repeated on every label instead of the whole stack,
 * and one that ECharts writes into a style="…" attribute without escaping needs no quotes.
 */
export const chartFont = "inherit";

const text = "#57534e"; // stone-600
const rule = "#e7e5e4"; // stone-200
const axis = "#a8a29e"; // stone-400

export type ChartLook = {
  /** Stack the series of a bar chart on each other. */
  stacked?: boolean;
  /** Write each value on its bar or point (the default with a single series). */
  showValues?: boolean;
};

export function chartOption(kind: ChartKind, data: ChartData, look: ChartLook = {}): ChartOption {
  const several = data.series.length > 1;
  const showValues = look.showValues ?? !several;
  const series = data.series.map((entry) => {
    const common = {
      name: entry.name,
      data: [...entry.values],
      silent: true,
      emphasis: { disabled: true },
      label: { show: showValues, position: "top" as const, color: text, fontSize: 12 },
    };
    return kind === "bar"
      ? { ...common, type: "bar" as const, barMaxWidth: 28, ...(look.stacked ? { stack: "total" } : {}) }
      : { ...common, type: "line" as const, symbolSize: 6, lineStyle: { width: 2 } };
  }) as Array<BarSeriesOption | LineSeriesOption>;
  return {
    animation: false,
    color: chartPalette,
    textStyle: { fontFamily: chartFont, fontSize: 13, color: text },
    grid: {
      left: 8,
      right: 8,
      top: several ? 40 : 24,
      bottom: 8,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    legend: several
      ? { top: 0, selectedMode: false, textStyle: { color: text, fontFamily: chartFont } }
      : { show: false },
    xAxis: {
      type: "category",
      data: [...data.categories],
      axisTick: { show: false },
      axisLine: { lineStyle: { color: axis } },
      axisLabel: { color: text, fontFamily: chartFont, interval: 0, hideOverlap: true },
    },
    yAxis: {
      type: "value",
      minInterval: 1,
      splitLine: { lineStyle: { color: rule } },
      axisLabel: { color: text, fontFamily: chartFont },
    },
    series,
  };
}
