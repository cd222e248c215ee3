import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { sampleReport } from "@/lib/overview/report/fixture.test-data";
import { unitsTable } from "@/lib/overview/report/tables";
import { loadReportText } from "@/lib/overview/report/text";
import { ReportTableView } from "./report-table";

describe("ReportTableView", () => {
  it("prints as a print table with a caption, named columns and rows, marks spelled out for screen readers", async () => {
    const text = await loadReportText("zh-CN");
    const html = renderToStaticMarkup(
      <ReportTableView table={unitsTable(sampleReport, text, "print")} text={text} caption="各单位" />,
    );
    expect(html).toContain('<table class="print-table');
    expect(html).toContain('<caption class="sr-only">各单位</caption>');
    expect(html).toContain('<th scope="col"');
    expect(html).toMatch(/<th scope="row"[^>]*>中国邮政镇江分公司团委<\/th>/);
    expect(html).toContain('<span aria-hidden="true">✓</span><span class="sr-only">学习交流：已确认</span>');
    // Text that looks like markup stays text.
    expect(html).toContain("=HYPERLINK(&quot;http://evil&quot;)");
  });

  it("puts the totals in a footer row", async () => {
    const text = await loadReportText("zh-CN");
    const html = renderToStaticMarkup(
      <ReportTableView table={unitsTable(sampleReport, text, "sheet")} text={text} />,
    );
    expect(html).toMatch(/<tfoot><tr class="font-semibold"><th scope="row"[^>]*>合计<\/th>/);
  });
});
