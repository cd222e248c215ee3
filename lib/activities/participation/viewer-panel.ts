import type { ParticipationPanel } from "./queries";
import { isPastActivity, unitActivityAction, type UnitAction } from "./unit-options";

// What the public activity page's island shows one visitor (GET /api/activities/<id>/viewer):
// the page itself is the same for everybody and cached, so the visitor's own part is decided here.

export type ActivityViewer =
  | {
      signedIn: false;
      /** A secretary could claim or sign up now: the "sign in to act" hint. */
      canAct: boolean;
      /** Still claimable by anyone: the details' "secretaries can claim" hint. */
      mayClaim: boolean;
    }
  | {
      signedIn: true;
      mine: ParticipationPanel["mine"];
      /** What the viewer's unit can do now; null for accounts without a unit (admins). */
      action: UnitAction | null;
      unclaimed: boolean;
      /** A sign-up now goes to the waitlist. */
      full: boolean;
    };

/** The visitor's part of the panel; `unitId` is the acting unit (null: visitor or no unit). */
export function activityViewer(
  panel: ParticipationPanel,
  viewer: { signedIn: boolean; unitId: number | null },
  today: Date,
  now: Date,
): ActivityViewer {
  const activity = panel.activity;
  const past = isPastActivity(activity, today);
  if (!viewer.signedIn) {
    const claimable = activity.status === "PLANNED" && activity.leadUnitId === null;
    return {
      signedIn: false,
      canAct: !past && (claimable || activity.status === "OPEN"),
      mayClaim: !past && claimable,
    };
  }
  const unitId = viewer.unitId;
  const action =
    unitId === null
      ? null
      : unitActivityAction({
          ...panel.activity,
          maxLeadsPerUnit: panel.activity.plan.maxLeadsPerUnit,
          unitId,
          leadsThisYear: panel.leadsThisYear,
          mine: panel.mine?.status ?? null,
          today,
          now,
        });
  return {
    signedIn: true,
    mine: panel.mine,
    action,
    unclaimed: activity.leadUnitId === null,
    full: isFull(panel),
  };
}

/** No place left (or others already queue): a sign-up now goes to the waitlist. */
export function isFull(panel: Pick<ParticipationPanel, "counts" | "waitlisted">): boolean {
  const counts = panel.counts;
  if (counts.kind !== "signUps" || counts.capacity === null) return false;
  return panel.waitlisted > 0 || counts.people >= counts.capacity;
}
