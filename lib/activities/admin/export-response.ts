import "server-only";
import type { NextRequest } from "next/server";
import { can } from "@/lib/core/auth/policy";
import { forcedPasswordPath, getCurrentUser } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { seeOther } from "@/lib/core/http/see-other";
import { defaultLocale, isLocale, localeCookie } from "@/lib/core/i18n/config";
import { buildExportTable, tableToCsv, tableToXlsx } from "./export";

// The export routes: route handlers are not wrapped by the admin layout, so this checks the
// user and the policy itself before anything is read.

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function exportPlanYear(
  request: NextRequest,
  yearParam: string,
  kind: "csv" | "xlsx",
): Promise<Response> {
  const user = await getCurrentUser();
  const back = `/admin/plan/${encodeURIComponent(yearParam)}`;
  // Relative redirects (lib/core/http/see-other.ts): never built from the request's Host.
  if (!user) return seeOther(`/login?callbackUrl=${encodeURIComponent(back)}`, "/login");
  if (user.mustChangePassword) {
    return seeOther(`${forcedPasswordPath}?callbackUrl=${encodeURIComponent(back)}`, forcedPasswordPath);
  }
  if (!can(user, "plan.manage")) return new Response("Forbidden", { status: 403, headers: plain });
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  const plan = Number.isNaN(year)
    ? null
    : await db.planYear.findUnique({ where: { year }, select: { title: true } });
  if (!plan) return new Response("Not found", { status: 404, headers: plain });

  const stored = request.cookies.get(localeCookie)?.value;
  const table = await buildExportTable(year, isLocale(stored) ? stored : defaultLocale);
  const fileName = `plan-${year}.${kind}`;
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "X-Content-Type-Options": "nosniff",
  };
  if (kind === "csv") {
    return new Response(tableToCsv(table), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  const bytes = await tableToXlsx(table, String(year));
  return new Response(bytes as BodyInit, {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
  });
}
