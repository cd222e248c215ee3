import type { ReactNode } from "react";
import { Link } from "@/lib/core/i18n/navigation";
import { currentLocale } from "@/lib/core/i18n/current-locale";
import { localizePath } from "@/lib/core/i18n/locale-route";
import { reportTables, type ReportTable, type SheetKey } from "@/lib/overview/report/tables";
import { loadReportText } from "@/lib/overview/report/text";
import type { AnnualReport } from "@/lib/overview/report/types";
import { BackLink } from "@/components/ui/back-link";
import { buttonClass } from "@/components/ui/button";
import { YearPills } from "@/components/ui/year-pills";
import { PrintButton } from "./print-button";
import { ReportCharts } from "./report-charts";
import { ReportFigures } from "./report-figures";
import { ReportHighlights } from "./report-highlights";
import { ReportTableView } from "./report-table";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="print-section space-y-3">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The annual report as a page that prints on A4 (globals.css: page size and margins, no site
 * navigation, table rows kept whole, headers repeated), with the server-made PDF and the workbook
 * beside it. The tables are the PDF's and the workbook's (lib/overview/report/tables.ts).
 */
export async function AnnualReportView({ report, years }: { report: AnnualReport; years: number[] }) {
  const locale = await currentLocale();
  const text = await loadReportText(locale);
  const { t } = text;
  const tables = new Map(reportTables(report, text, "print").map((table) => [table.key, table]));
  const table = (key: SheetKey) => tables.get(key)!;
  const download = (file: string) => localizePath(`/admin/report/${report.year}/${file}`, locale);
  const tableOrNone = (shown: ReportTable) =>
    shown.rows.length === 0 ? (
      <p className="text-stone-600">{t("none")}</p>
    ) : (
      <ReportTableView table={shown} text={text} />
    );
  const units = table("units");
  return (
    <article className="print-doc mx-auto max-w-5xl space-y-8">
      <div className="no-print space-y-4">
        <BackLink href="/admin/report" label={t("back")} />
        <div role="group" aria-label={t("actions")} className="flex flex-wrap gap-2">
          <a href={download("report.pdf")} download className={buttonClass("primary")}>
            {t("downloadPdf")}
          </a>
          <a href={download("report.xlsx")} download className={buttonClass("secondary")}>
            {t("downloadXlsx")}
          </a>
          <PrintButton label={t("print")} />
        </div>
        <YearPills
          label={t("otherYears")}
          current={report.year}
          years={years.map((year) => ({ year, href: `/admin/report/${year}`, label: String(year) }))}
        />
      </div>
      <header className="space-y-2 border-b-2 border-stone-900 pb-4 text-center">
        <p className="text-sm tracking-widest text-stone-600">{t("organisation")}</p>
        <h1 className="text-2xl font-bold">{t("docTitle", { year: report.year })}</h1>
        <p className="text-xs text-stone-600">
          {t("generatedAt", { date: text.dateTime(report.generatedAt) })}
        </p>
      </header>
      <Section id="report-figures" title={t("sections.figures")}>
        <ReportFigures groups={report.groups} text={text} />
      </Section>
      <Section id="report-charts" title={t("sections.charts")}>
        <ReportCharts months={report.byMonth} text={text} />
        <ReportTableView table={table("months")} text={text} />
      </Section>
      <Section id="report-results" title={t("sections.results")}>
        {tableOrNone(table("results"))}
      </Section>
      <Section id="report-venues" title={t("sections.venues")}>
        {tableOrNone(table("venues"))}
      </Section>
      <Section id="report-units" title={t("sections.units")}>
        <p className="text-sm text-stone-600">{t("unitTable.legend")}</p>
        {units.rows.length === 0 ? (
          <p className="text-stone-600">{t("none")}</p>
        ) : (
          <ReportTableView
            table={units}
            text={text}
            caption={t("unitTable.caption")}
            rowName={(index) => {
              const unit = report.units[index]!.unit;
              return (
                <Link
                  href={`/admin/units/${unit.id}/year?year=${report.year}`}
                  className="underline underline-offset-2"
                >
                  {unit.name}
                </Link>
              );
            }}
          />
        )}
      </Section>
      <Section id="report-highlights" title={t("sections.highlights")}>
        <ReportHighlights highlights={report.highlights} text={text} />
      </Section>
    </article>
  );
}
