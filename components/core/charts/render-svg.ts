import "server-only";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { ChartOption } from "./chart-option";

// Server-side rendering of a chart to an SVG string (ECharts' SSR mode: no DOM, no canvas, no
// script in the browser). Only the parts the site's charts use are registered, so the server
// bundle carries bar and line charts, not the whole library.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/**
 * The SVG without what only hovering, clicking and client-side hydration use (hover classes,
 * their <style>, pointer events, ECharts' ecmeta_* attributes), without the font-family the text
 * inherits anyway (chartFont), with coordinates to a tenth of a pixel, no line breaks, and
 * attribute values in single quotes: a public page carries the markup twice (its HTML, and the
 * React payload where every `"` is escaped twice over), so every byte counts (issue 14's 50 KB
 * pages). Only attribute values change; text, which ECharts escaped (no `"` or `'` left in it),
 * is untouched.
 */
export function compact(svg: string): string {
  return svg
    .replace(/<style\s*>[\s\S]*?<\/style>/g, "")
    .replace(/ (?:pointer-events|class|ecmeta_\w+)="[^"]*"/g, "")
    .replace(/font-family:inherit;/g, "")
    .replace(/="([^"]*)"/g, (_attribute, value: string) => `='${value.replace(/(\.\d)\d+/g, "$1")}'`)
    .replace(/>\s+</g, "><");
}

export type ChartSize = { width: number; height: number };

/**
 * The chart as SVG markup that scales to its container's width (the viewBox keeps the drawn
 * size's proportions). Its text nodes are escaped by ECharts; attribute values are not, which is
 * why only the site's own constants (colours, fonts) go into the option's styles and why labels
 * are catalog strings and numbers, never text somebody typed.
 */
export function renderChartSvg(option: ChartOption, { width, height }: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(option);
    return compact(
      chart
        .renderToSVGString()
        .replace(
          /^<svg width="[\d.]+" height="[\d.]+"/,
          '<svg width="100%" style="display:block;height:auto" aria-hidden="true" focusable="false"',
        ),
    );
  } finally {
    chart.dispose();
  }
}
