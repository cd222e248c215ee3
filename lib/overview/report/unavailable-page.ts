import { localizePath } from "@/lib/core/i18n/locale-route";
import type { ReportText } from "./text";

// What the PDF link answers when the server has no CJK font: a short page that says so in the
// admin's language and leads back to the report (which prints from the browser and still has
// its workbook), instead of an error stack. 503: the fault is the server's, and it passes once
// the font is installed.

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function fontMissingPage(text: ReportText, year: number): Response {
  const { t } = text;
  const back = localizePath(`/admin/report/${year}`, text.locale);
  const title = escapeHtml(t("pdfUnavailable.title"));
  const html = `<!doctype html><html lang="${text.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6">
<h1>${title}</h1>
<p>${escapeHtml(t("pdfUnavailable.body"))}</p>
<p>${escapeHtml(t("pdfUnavailable.meanwhile"))}</p>
<p><a href="${escapeHtml(back)}">${escapeHtml(t("pdfUnavailable.back", { year }))}</a></p></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
