import { publicPhotoResponse } from "@/lib/core/images/photo-response";
import { getPublicReportPhoto } from "@/lib/activities/reports/public-queries";

// A report photo, public like the report: only for reported activities of published years
// whose report is shown (not while it is returned for a fix).
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; photoId: string }> },
) {
  return publicPhotoResponse(params, getPublicReportPhoto);
}
