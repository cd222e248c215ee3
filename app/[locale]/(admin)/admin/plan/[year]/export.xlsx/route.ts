import type { NextRequest } from "next/server";
import { exportPlanYear } from "@/lib/activities/admin/export-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ year: string }> }) {
  return exportPlanYear(request, (await params).year, "xlsx");
}
