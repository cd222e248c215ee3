import "server-only";
import type { NextRequest } from "next/server";
import { can } from "@/lib/core/auth/policy";
import { forcedPasswordPath, getCurrentUser } from "@/lib/core/auth/session";
import { seeOther } from "@/lib/core/http/see-other";
import { defaultLocale, isLocale, localeCookie } from "@/lib/core/i18n/config";
import { loadMessages } from "@/lib/core/i18n/messages";
import { buildResultsTable, resultsToCsv, resultsToXlsx, type ExportLabels } from "./export";
import { getSurveyResults } from "./queries";

// The export routes: route handlers are not wrapped by the admin layout, so this checks the
// user and the policy itself before anything is read.

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function exportSurveyResults(request: NextRequest, idParam: string, kind: "csv" | "xlsx") {
  const user = await getCurrentUser();
  const back = `/admin/surveys/${encodeURIComponent(idParam)}/results`;
  if (!user) return seeOther(`/login?callbackUrl=${encodeURIComponent(back)}`, "/login");
  if (user.mustChangePassword)
    return seeOther(`${forcedPasswordPath}?callbackUrl=${encodeURIComponent(back)}`, forcedPasswordPath);
  if (!can(user, "surveys.manage")) return new Response("Forbidden", { status: 403, headers: plain });
  const surveyId = /^\d{1,9}$/.test(idParam) ? Number(idParam) : NaN;
  const results = Number.isNaN(surveyId) ? null : await getSurveyResults(surveyId);
  if (!results) return new Response("Not found", { status: 404, headers: plain });

  const stored = request.cookies.get(localeCookie)?.value;
  const messages = await loadMessages(isLocale(stored) ? stored : defaultLocale);
  const labels = (messages.surveys.admin as { export: ExportLabels }).export;
  const table = buildResultsTable(results, labels);
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="survey-${surveyId}.${kind}"`,
    "X-Content-Type-Options": "nosniff",
  };
  if (kind === "csv")
    return new Response(resultsToCsv(table), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
    });
  return new Response((await resultsToXlsx(table)) as BodyInit, {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
  });
}
