// Charts for server components: Apache ECharts rendered to SVG on the server (visible without
// JavaScript), each with a table of the same numbers. Labels and series names must be catalog
// strings and numbers, never user-entered text (the SVG is inserted as markup).
export { BarChart, LineChart, type ChartProps } from "./charts";
export { chartOption, chartPalette, type ChartData } from "./chart-option";
export { renderChartSvg } from "./render-svg";
export { ChartFigure } from "./chart-figure";
