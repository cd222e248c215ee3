import "server-only";
import { can } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { listMeetings } from "./queries";

export type MembersMeetings = Awaited<ReturnType<typeof listMeetings>>;

/**
 * The meetings list's island (GET /api/meetings): members see every meeting, so they get the
 * whole list; visitors null (the cached page already lists the public ones).
 */
export async function loadMembersMeetings(): Promise<MembersMeetings | null> {
  const user = await getCurrentUser().catch(() => null);
  if (!can(user, "meeting.view")) return null;
  return listMeetings(true);
}
