import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ChartFigure } from "./chart-figure";
import { chartFont, chartOption, chartPalette, type ChartData } from "./chart-option";
import { renderChartSvg } from "./render-svg";

const months: ChartData = {
  categories: ["1月", "2月", "3月"],
  series: [{ name: "志愿者", values: [12, 0, 4321] }],
};
const size = { width: 480, height: 280 };

describe("chartOption", () => {
  it("uses the site's palette and fonts, without animation or hover behaviour", () => {
    const option = chartOption("bar", months);
    expect(option.animation).toBe(false);
    expect(option.color).toEqual(chartPalette);
    // Written unescaped into a style attribute: the page's font, by inheritance.
    expect(chartFont).toBe("inherit");
    expect(option.series).toMatchObject([{ type: "bar", silent: true, label: { show: true } }]);
  });

  it("shows a legend and leaves values off when there are several series", () => {
    const option = chartOption("line", {
      categories: ["1月"],
      series: [
        { name: "A", values: [1] },
        { name: "B", values: [2] },
      ],
    });
    expect(option.legend).toMatchObject({ selectedMode: false });
    expect(option.series).toMatchObject([
      { type: "line", label: { show: false } },
      { type: "line", label: { show: false } },
    ]);
  });
});

describe("renderChartSvg", () => {
  it("draws the categories and the values into a responsive SVG", () => {
    const svg = renderChartSvg(chartOption("bar", months), size);
    expect(svg).toMatch(/^<svg width='100%' style='display:block;height:auto' aria-hidden='true'/);
    expect(svg).toContain("viewBox='0 0 480 280'");
    for (const text of [">1月<", ">3月<", ">12<", ">4321<"]) expect(svg).toContain(text);
    expect(svg).toContain("fill='#a61b1b'");
    expect(svg).not.toContain("<script");
  });

  it("leaves out what only hovering and hydration use, and double quotes", () => {
    const svg = renderChartSvg(chartOption("line", months), size);
    expect(svg).not.toMatch(/<style|class=|pointer-events|ecmeta_|font-family|\n|"/);
  });

  it("escapes markup in labels and series names", () => {
    const svg = renderChartSvg(
      chartOption("line", {
        categories: ['<img src=x onerror="alert(1)">', "b"],
        series: [
          { name: "<b>A</b>", values: [1, 2] },
          { name: "B & C", values: [3, 4] },
        ],
      }),
      size,
    );
    expect(svg).not.toContain("<img");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(svg).not.toContain("'alert");
    expect(svg).toContain("&lt;b&gt;A&lt;/b&gt;");
    expect(svg).toContain("B &amp; C");
  });

  it("renders two charts with distinct clip-path ids (one page may show several)", () => {
    const ids = (svg: string) => [...svg.matchAll(/ id='([^']+)'/g)].map((match) => match[1]);
    const first = ids(renderChartSvg(chartOption("line", months), size));
    const second = ids(renderChartSvg(chartOption("line", months), size));
    expect(first.length).toBeGreaterThan(0);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });
});

describe("ChartFigure", () => {
  const html = renderToStaticMarkup(
    <ChartFigure
      {...months}
      series={[{ name: "<i>志愿者</i>", values: [12, 0, 4321] }]}
      title="按月统计"
      svg="<svg></svg>"
      categoryHeader="月份"
      showTable="以表格显示数据"
      formatNumber={(value) => value.toLocaleString("en")}
      tableOnly={[{ name: "时长", values: [1.5, 0, 2] }]}
    />,
  );

  it("names the picture by its caption and offers the numbers as a captioned table", () => {
    expect(html).toContain('<figcaption class="text-base font-semibold">按月统计</figcaption>');
    expect(html).toContain('role="img" aria-label="按月统计"');
    expect(html).toMatch(/<details[^>]*><summary[^>]*>以表格显示数据<\/summary>/);
    expect(html).toContain('<caption class="sr-only">按月统计</caption>');
    expect(html).toMatch(/<th scope="col"[^>]*>月份<\/th>/);
    expect(html).toMatch(/<th scope="row"[^>]*>3月<\/th><td[^>]*>4,321<\/td><td[^>]*>2<\/td>/);
    expect(html).toMatch(/<th scope="col"[^>]*>时长<\/th>/);
  });

  it("escapes series names in the table", () => {
    expect(html).toContain("&lt;i&gt;志愿者&lt;/i&gt;");
  });
});
