// The annual report (issue 16, item 4) as one value: build-report.ts assembles it from the
// overview's own queries; the page, the PDF and the workbook only lay it out. Pure types.
import type { UnitYearRow } from "@/lib/overview/units/queries";

/** How a figure reads: a count, a rate in percent (0–100), or hours. */
export type FigureFormat = "count" | "percent" | "hours";

/** One number of the year; `key` names its label (overview.report.figures.<key>). */
export type ReportFigure = { key: string; value: number; format: FigureFormat; href?: string };

/** Figures shown together under a heading (overview.report.groups.<key>). */
export type ReportFigureGroup = { key: string; figures: ReportFigure[] };

export type ReportMonth = { month: number; held: number; volunteers: number; hours: number };

/** A measurable result summed over the year, e.g. 树木种植 450 棵 (label and unit as entered). */
export type ReportResult = { label: string; unit: string; value: number };

/** A shared venue: bookings made in the year (pending or confirmed) and hours used so far. */
export type ReportVenue = { name: string; owner: string; bookings: number; hours: number };

/** A reported activity singled out for the year (the public results page's highlights). */
export type ReportHighlight = {
  id: number;
  title: string;
  date: Date | null;
  leadUnit: string | null;
  summary: string;
  volunteers: number;
  hours: number;
};

export type AnnualReport = {
  year: number;
  generatedAt: Date;
  groups: ReportFigureGroup[];
  byMonth: ReportMonth[];
  results: ReportResult[];
  venues: ReportVenue[];
  units: UnitYearRow[];
  highlights: ReportHighlight[];
};
