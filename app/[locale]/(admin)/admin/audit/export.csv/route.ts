import type { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { can } from "@/lib/core/auth/policy";
import { forcedPasswordPath, getCurrentUser } from "@/lib/core/auth/session";
import { auditCsvHeader, auditCsvLine, type AuditCsvHeaders } from "@/lib/core/audit/csv";
import { formatBeijingTimestamp } from "@/lib/core/time/beijing";
import { parseAuditFilters } from "@/lib/core/audit/filters";
import { recordAuditExport } from "@/lib/core/audit/record-export";
import { iterateAuditEntries } from "@/lib/core/audit/queries";
import type { Translate } from "@/lib/core/audit/labels";
import { defaultLocale, isLocale, localeCookie, timeZone } from "@/lib/core/i18n/config";
import { loadMessages } from "@/lib/core/i18n/messages";
import { seeOther } from "@/lib/core/http/see-other";

// The audit log as CSV, with the same filters as /admin/audit. Route handlers are not wrapped
// by the admin layout, so this checks the user and the policy itself.

// A relative Location (lib/core/http/see-other.ts): never built from the request's Host.
const redirectTo = (path: string) => seeOther(path, "/admin");

/** The export speaks the reader's chosen language (the locale cookie), like the page. */
async function csvLanguage(request: NextRequest): Promise<{ headers: AuditCsvHeaders; t: Translate }> {
  const stored = request.cookies.get(localeCookie)?.value;
  const locale = isLocale(stored) ? stored : defaultLocale;
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, timeZone }) as unknown as Translate;
  return { headers: (messages.core.audit as { csv: AuditCsvHeaders }).csv, t };
}

export async function GET(request: NextRequest): Promise<Response> {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  const back = `/admin/audit${url.search}`;
  if (!user) return redirectTo(`/login?callbackUrl=${encodeURIComponent(back)}`);
  if (user.mustChangePassword) {
    return redirectTo(`${forcedPasswordPath}?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (!can(user, "audit.read")) {
    return new Response("Forbidden", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }

  const filters = parseAuditFilters(url.searchParams);
  const { headers, t } = await csvLanguage(request);
  await recordAuditExport(user.id, filters);

  const encoder = new TextEncoder();
  const entries = iterateAuditEntries(filters, t);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(auditCsvHeader(headers)));
    },
    async pull(controller) {
      let chunk = "";
      for (let lines = 0; lines < 200; lines += 1) {
        const next = await entries.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += auditCsvLine(next.value, t);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await entries.return(undefined);
    },
  });
  const today = formatBeijingTimestamp(new Date()).slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${today}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
