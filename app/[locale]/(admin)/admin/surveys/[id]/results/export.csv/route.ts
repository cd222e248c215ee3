import type { NextRequest } from "next/server";
import { exportSurveyResults } from "@/lib/surveys/results/export-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return exportSurveyResults(request, (await params).id, "csv");
}
