import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnnualReportView } from "@/components/overview/report/annual-report";
import { requireAdmin } from "@/lib/core/auth/session";
import { buildAnnualReport } from "@/lib/overview/report/build-report";
import { reportYearOf, reportYears } from "@/lib/overview/report/report-years";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("overview.report");
  return { title: t("title", { year: (await params).year }), robots: { index: false } };
}

/** The year's report, ready to print on A4, with its PDF and workbook downloads. */
export default async function AnnualReportPage({ params }: { params: Params }) {
  const raw = (await params).year;
  await requireAdmin(`/admin/report/${encodeURIComponent(raw)}`);
  const year = await reportYearOf(raw);
  if (year === null) notFound();
  const [report, years] = await Promise.all([buildAnnualReport(year), reportYears()]);
  return <AnnualReportView report={report} years={years} />;
}
