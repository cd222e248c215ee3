import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/core/i18n/config";
import { loadMessages } from "@/lib/core/i18n/messages";
import { beijingDate, formatBeijingDateTime } from "@/lib/core/time/beijing";
import type { FigureFormat } from "./types";

// The report's words and number formats in one language, for the page, the PDF and the workbook
// alike (outside React too: the download routes have no request-scoped translator).

export type ReportText = {
  locale: Locale;
  /** A key of overview.report. */
  t: (key: string, values?: Record<string, string | number>) => string;
  /** A count or an amount: grouped digits, at most two decimals (hours, results). */
  number: (value: number) => string;
  figure: (value: number, format: FigureFormat) => string;
  /** A calendar date in Beijing, yyyy-mm-dd. */
  date: (date: Date) => string;
  dateTime: (date: Date) => string;
  /** A unit category's name (core.enums.UnitCategory). */
  category: (code: string) => string;
};

type Catalog = Record<string, unknown>;

export function reportText(
  locale: Locale,
  catalog: Catalog,
  categories: Record<string, string> = {},
): ReportText {
  const translate = createTranslator({
    locale,
    messages: { overview: { report: catalog } },
    namespace: "overview.report",
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    locale,
    t: translate,
    number: (value) => numbers.format(value),
    // Rates are labelled "(%)" in the catalog: the value is written without the sign.
    figure: (value, format) => (format === "percent" ? percent : numbers).format(value),
    date: (date) => beijingDate(date),
    dateTime: (date) => formatBeijingDateTime(date),
    category: (code) => categories[code] ?? code,
  };
}

export async function loadReportText(locale: Locale): Promise<ReportText> {
  const messages = await loadMessages(locale);
  const enums = messages.core.enums as Record<string, Record<string, string>>;
  return reportText(locale, messages.overview.report, enums.UnitCategory);
}
