import "server-only";
import { can } from "@/lib/core/auth/policy";
import { forcedPasswordPath, getCurrentUser } from "@/lib/core/auth/session";
import { seeOther } from "@/lib/core/http/see-other";
import { defaultLocale, isLocale } from "@/lib/core/i18n/config";
import { loadCjkFont, PdfFontUnavailableError } from "@/lib/core/pdf/font";
import { buildAnnualReport } from "./build-report";
import { annualReportPdf } from "./pdf";
import { reportYearOf } from "./report-years";
import { loadReportText, type ReportText } from "./text";
import { fontMissingPage } from "./unavailable-page";
import { annualReportXlsx } from "./xlsx";

// The report's downloads (/admin/report/<year>/report.pdf and report.xlsx). Route handlers are
// not wrapped by the admin layout, so this checks the user and the policy itself before
// anything is read, as the list's exports do (lib/activities/admin/export-response.ts).

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

const contentTypes = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export async function annualReportDownload(
  params: { locale: string; year: string },
  kind: "pdf" | "xlsx",
): Promise<Response> {
  const user = await getCurrentUser();
  const back = `/admin/report/${encodeURIComponent(params.year)}`;
  // Relative redirects (lib/core/http/see-other.ts): never built from the request's Host.
  if (!user) return seeOther(`/login?callbackUrl=${encodeURIComponent(back)}`, "/login");
  if (user.mustChangePassword) {
    return seeOther(`${forcedPasswordPath}?callbackUrl=${encodeURIComponent(back)}`, forcedPasswordPath);
  }
  if (!can(user, "admin.access")) return new Response("Forbidden", { status: 403, headers: plain });
  const year = await reportYearOf(params.year);
  if (year === null) return new Response("Not found", { status: 404, headers: plain });

  // The address's language (/en/admin/… is English; the proxy sends a visitor who chose English
  // there): the file is in the language of the page it was downloaded from.
  const text = await loadReportText(isLocale(params.locale) ? params.locale : defaultLocale);
  const bytes =
    kind === "pdf"
      ? await pdfOrNull(year, text)
      : await annualReportXlsx(await buildAnnualReport(year), text);
  if (!bytes) return fontMissingPage(text, year);
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": contentTypes[kind],
      "Content-Disposition": `attachment; filename="annual-report-${year}.${kind}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The PDF, or null when the server has no usable CJK font (logged for whoever runs it). */
async function pdfOrNull(year: number, text: ReportText): Promise<Uint8Array | null> {
  try {
    // The font first: without it, reading the year would be wasted.
    const font = await loadCjkFont();
    return await annualReportPdf(await buildAnnualReport(year), text, font);
  } catch (error) {
    if (!(error instanceof PdfFontUnavailableError)) throw error;
    console.error(
      `[report] no usable CJK font at ${error.path} (install fonts-noto-cjk or set PDF_CJK_FONT / PDF_CJK_FONT_NAME):`,
      error.cause instanceof Error ? error.cause.message : error.cause,
    );
    return null;
  }
}
