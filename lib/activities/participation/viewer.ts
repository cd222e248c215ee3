import "server-only";
import { actingUnitOf } from "@/lib/core/auth/policy";
import { getCurrentUser } from "@/lib/core/auth/session";
import { beijingToday } from "@/lib/core/time/beijing";
import { getPublicActivity } from "@/lib/activities/plan/queries";
import { getParticipationPanel } from "./queries";
import { activityViewer, type ActivityViewer } from "./viewer-panel";

/**
 * The signed-in (or not) visitor's part of a public activity's page, for its island. Null for an
 * activity the public cannot see (unknown, or its plan not published).
 */
export async function loadActivityViewer(activityId: number): Promise<ActivityViewer | null> {
  const [activity, user] = await Promise.all([
    getPublicActivity(activityId),
    getCurrentUser().catch(() => null),
  ]);
  if (!activity) return null;
  // A secretary who must change their password first acts for nobody until they have.
  const unitId = user && !user.mustChangePassword ? actingUnitOf(user) : null;
  const panel = await getParticipationPanel(activityId, unitId);
  if (!panel) return null;
  return activityViewer(panel, { signedIn: user !== null, unitId }, beijingToday(), new Date());
}
