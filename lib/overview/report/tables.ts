import { round2, sumColumn, type ReportTable, type TableStyle } from "./table-cells";
import type { ReportText } from "./text";
import type { AnnualReport } from "./types";
import { unitsTable } from "./unit-table";

// The report's tables, defined once for the page, the PDF and the workbook (one sheet each).
// Cells keep numbers as numbers (the workbook sums them; print formats them). "print" is the
// compact form for a page; "sheet" spells everything out, one value per column.

export {
  cellText,
  type MarkCell,
  type ReportCell,
  type ReportColumn,
  type ReportTable,
  type SheetKey,
  type TableStyle,
} from "./table-cells";
export { commitmentOrder, unitsTable } from "./unit-table";

export function figuresTable(report: AnnualReport, text: ReportText, style: TableStyle): ReportTable {
  const { t } = text;
  return {
    key: "figures",
    title: t("sheets.figures"),
    columns: [
      { header: t("figureTable.group"), weight: 2 },
      { header: t("figureTable.figure"), weight: 3 },
      { header: t("figureTable.value"), numeric: true, weight: 1.5 },
    ],
    rows: report.groups.flatMap((group) =>
      group.figures.map((figure, index) => [
        // On paper the area is written once, above its figures.
        style === "print" && index > 0 ? "" : t(`groups.${group.key}`),
        t(`figures.${figure.key}`),
        figure.value,
      ]),
    ),
  };
}

export function monthsTable(report: AnnualReport, text: ReportText): ReportTable {
  const { t } = text;
  const sum = (pick: (month: AnnualReport["byMonth"][number]) => number) =>
    round2(report.byMonth.reduce((total, month) => total + pick(month), 0));
  return {
    key: "months",
    title: t("sheets.months"),
    columns: [
      { header: t("chart.month") },
      { header: t("chart.held"), numeric: true },
      { header: t("chart.volunteers"), numeric: true },
      { header: t("chart.hours"), numeric: true },
    ],
    rows: report.byMonth.map((month) => [
      t("month", { month: month.month }),
      month.held,
      month.volunteers,
      month.hours,
    ]),
    total: [t("monthTable.total"), sum((m) => m.held), sum((m) => m.volunteers), sum((m) => m.hours)],
  };
}

export function resultsTable(report: AnnualReport, text: ReportText): ReportTable {
  const { t } = text;
  return {
    key: "results",
    title: t("sheets.results"),
    columns: [
      { header: t("resultTable.label"), weight: 3 },
      { header: t("resultTable.value"), numeric: true },
      { header: t("resultTable.unit") },
    ],
    rows: report.results.map((result) => [result.label, result.value, result.unit]),
  };
}

export function venuesTable(report: AnnualReport, text: ReportText): ReportTable {
  const { t } = text;
  return {
    key: "venues",
    title: t("sheets.venues"),
    columns: [
      { header: t("venueTable.venue"), weight: 3 },
      { header: t("venueTable.owner"), weight: 3 },
      { header: t("venueTable.bookings"), numeric: true },
      { header: t("venueTable.hours"), numeric: true },
    ],
    rows: report.venues.map((venue) => [venue.name, venue.owner, venue.bookings, venue.hours]),
    total: [
      t("unitTable.total"),
      "",
      sumColumn(report.venues, (v) => v.bookings),
      sumColumn(report.venues, (v) => v.hours),
    ],
  };
}

export function highlightsTable(report: AnnualReport, text: ReportText): ReportTable {
  const { t } = text;
  return {
    key: "highlights",
    title: t("sheets.highlights"),
    columns: [
      { header: t("highlightTable.title"), weight: 3 },
      { header: t("highlightTable.date"), weight: 1.4 },
      { header: t("highlightTable.lead"), weight: 2.5 },
      { header: t("highlightTable.volunteers"), numeric: true },
      { header: t("highlightTable.hours"), numeric: true },
      { header: t("highlightTable.summary"), weight: 5 },
    ],
    rows: report.highlights.map((highlight) => [
      highlight.title,
      highlight.date ? text.date(highlight.date) : "",
      highlight.leadUnit ?? "",
      highlight.volunteers,
      highlight.hours,
      highlight.summary,
    ]),
  };
}

/** Every table of the report, in the report's order: one sheet each in the workbook. */
export function reportTables(report: AnnualReport, text: ReportText, style: TableStyle): ReportTable[] {
  return [
    figuresTable(report, text, style),
    monthsTable(report, text),
    resultsTable(report, text),
    venuesTable(report, text),
    unitsTable(report, text, style),
    highlightsTable(report, text),
  ];
}
