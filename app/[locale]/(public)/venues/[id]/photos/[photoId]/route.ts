import { publicPhotoResponse } from "@/lib/core/images/photo-response";
import { getPublicVenuePhoto } from "@/lib/venues/manage/queries";

// A venue photo, public like the venue map: only for shown (active) venues.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; photoId: string }> },
) {
  return publicPhotoResponse(params, getPublicVenuePhoto);
}
