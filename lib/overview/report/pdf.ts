import "server-only";
import { drawBarChart } from "@/lib/core/pdf/bar-chart";
import { contentArea, heading, paragraph, renderPdf, type PdfDoc } from "@/lib/core/pdf/document";
import type { LoadedFont } from "@/lib/core/pdf/font";
import { drawTable } from "@/lib/core/pdf/table";
import { cellText, reportTables, type ReportTable, type SheetKey } from "./tables";
import type { ReportText } from "./text";
import type { AnnualReport } from "./types";

// The annual report as an A4 PDF with its Chinese text embedded (the CJK font, subset), built on
// the server so every copy looks the same whatever the reader's browser or fonts. The sections
// follow the print page (components/overview/report).

export async function annualReportPdf(
  report: AnnualReport,
  text: ReportText,
  font: LoadedFont,
): Promise<Uint8Array> {
  const { t } = text;
  const title = t("docTitle", { year: report.year });
  const tables = new Map(reportTables(report, text, "print").map((table) => [table.key, table]));
  const table = (key: SheetKey) => tables.get(key)!;
  return renderPdf(
    {
      title,
      author: t("organisation"),
      lang: text.locale,
      font,
      footer: (page, pages) => t("pageFooter", { title, page, pages }),
    },
    (doc) => {
      cover(doc, report, text, title);
      section(doc, t("sections.figures"));
      tableOrNone(doc, table("figures"), text);

      section(doc, t("sections.charts"));
      monthCharts(doc, report, text);
      tableOrNone(doc, table("months"), text);

      section(doc, t("sections.results"));
      tableOrNone(doc, table("results"), text);

      section(doc, t("sections.venues"));
      tableOrNone(doc, table("venues"), text);

      section(doc, t("sections.units"));
      paragraph(doc, t("unitTable.legend"), 8, "#57534e");
      tableOrNone(doc, table("units"), text, 7);

      section(doc, t("sections.highlights"));
      highlights(doc, report, text);
    },
  );
}

function cover(doc: PdfDoc, report: AnnualReport, text: ReportText, title: string) {
  const area = contentArea(doc);
  doc.fontSize(9).fillColor("#57534e").text(text.t("organisation"), area.left, area.top, {
    width: area.width,
    align: "center",
  });
  doc.moveDown(0.6);
  doc.fontSize(18).fillColor("#1c1917").text(title, { width: area.width, align: "center" });
  doc.moveDown(0.4);
  doc
    .fontSize(8)
    .fillColor("#57534e")
    .text(text.t("generatedAt", { date: text.dateTime(report.generatedAt) }), {
      width: area.width,
      align: "center",
    });
  doc.moveDown(1);
}

function section(doc: PdfDoc, title: string) {
  doc.moveDown(0.6);
  heading(doc, title, 13);
  doc.outline.addItem(title);
}

/** A table, or "none" when the year has no rows for it. */
function tableOrNone(doc: PdfDoc, table: ReportTable, text: ReportText, fontSize = 8.5) {
  if (table.rows.length === 0) {
    paragraph(doc, text.t("none"), 9, "#57534e");
    return;
  }
  const rows = [...table.rows, ...(table.total ? [table.total] : [])];
  drawTable(doc, {
    fontSize,
    // A short table (the months, a few results) is not worth splitting over two pages.
    keepTogether: rows.length <= 20,
    columns: table.columns.map((column) => ({
      header: column.header,
      weight: column.weight,
      align: column.numeric ? "right" : column.center ? "center" : "left",
    })),
    rows: rows.map((row) => row.map((cell) => cellText(cell, text))),
  });
}

function monthCharts(doc: PdfDoc, report: AnnualReport, text: ReportText) {
  const { t } = text;
  const bars = (pick: (month: AnnualReport["byMonth"][number]) => number) =>
    report.byMonth.map((month) => ({ label: t("month", { month: month.month }), value: pick(month) }));
  for (const [label, pick, color] of [
    [t("chart.held"), (m) => m.held, "#a61b1b"],
    [t("chart.volunteers"), (m) => m.volunteers, "#d97706"],
    [t("chart.hours"), (m) => m.hours, "#0f766e"],
  ] as Array<[string, (month: AnnualReport["byMonth"][number]) => number, string]>) {
    heading(doc, label, 10, 110);
    drawBarChart(doc, { bars: bars(pick), format: text.number, height: 80, color });
  }
}

function highlights(doc: PdfDoc, report: AnnualReport, text: ReportText) {
  const { t } = text;
  if (report.highlights.length === 0) {
    paragraph(doc, t("none"), 9, "#57534e");
    return;
  }
  for (const highlight of report.highlights) {
    heading(doc, highlight.title, 11, 40);
    const facts = [
      highlight.date ? text.date(highlight.date) : null,
      highlight.leadUnit,
      `${t("highlightTable.volunteers")} ${text.number(highlight.volunteers)}`,
      `${t("highlightTable.hours")} ${text.number(highlight.hours)}`,
    ].filter(Boolean);
    paragraph(doc, facts.join(" · "), 8.5, "#57534e");
    if (highlight.summary.trim()) paragraph(doc, highlight.summary.trim(), 9.5);
  }
}
