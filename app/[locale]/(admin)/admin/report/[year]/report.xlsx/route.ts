import { annualReportDownload } from "@/lib/overview/report/download-response";

// The annual report's tables as a workbook, one sheet each: lib/overview/report/xlsx.ts.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; year: string }> },
) {
  return annualReportDownload(await params, "xlsx");
}
