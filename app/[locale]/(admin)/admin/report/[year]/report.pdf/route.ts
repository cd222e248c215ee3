import { annualReportDownload } from "@/lib/overview/report/download-response";

// The annual report as a PDF made on the server (Chinese text embedded): lib/overview/report/pdf.ts.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; year: string }> },
) {
  return annualReportDownload(await params, "pdf");
}
