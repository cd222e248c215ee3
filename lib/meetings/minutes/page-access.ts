import "server-only";
import { forbidden } from "next/navigation";
import { canWriteMinutes, requireMeetingForMember } from "@/lib/meetings/access";

/**
 * For the minutes editor and versions pages: visitors sign in first, signed-in users who do not
 * write this meeting's minutes get 403, unknown or malformed ids 404.
 */
export async function requireMinutesWriter(rawId: string, subpath = "") {
  const { viewer, meeting } = await requireMeetingForMember(rawId, `/minutes${subpath}`);
  if (!canWriteMinutes(viewer, meeting)) forbidden();
  return { viewer, meeting };
}
