import "server-only";
import { beijingYearMonth } from "@/lib/core/time/beijing";
import { listReportYears } from "@/lib/overview/years";

/** The years with a report: those with a plan or records, and always the current (Beijing) year. */
export async function reportYears(now = new Date()): Promise<number[]> {
  const { year } = beijingYearMonth(now);
  return [...new Set([year, ...(await listReportYears())])].sort((a, b) => b - a);
}

/** The year of an address (/admin/report/2025), or null for one with no report (a 404). */
export async function reportYearOf(param: string, now = new Date()): Promise<number | null> {
  if (!/^\d{4}$/.test(param)) return null;
  const year = Number(param);
  return (await reportYears(now)).includes(year) ? year : null;
}
