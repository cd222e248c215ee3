import { publicPhotoResponse } from "@/lib/core/images/photo-response";
import { getPublicNeedPhoto } from "@/lib/pairing/needs/queries";

// A need's photo, public like the need's page (not for a cancelled need).
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; photoId: string }> },
) {
  return publicPhotoResponse(params, getPublicNeedPhoto);
}
