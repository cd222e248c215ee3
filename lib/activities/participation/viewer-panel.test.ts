import { describe, expect, it } from "vitest";
import type { ParticipationPanel } from "./queries";
import { activityViewer, isFull } from "./viewer-panel";

const today = new Date(Date.UTC(2026, 4, 15)); // 15 May 2026
const now = new Date("2026-05-15T04:00:00Z");
const visitor = { signedIn: false, unitId: null };

function panel(
  activity: Partial<ParticipationPanel["activity"]> = {},
  rest: Partial<Omit<ParticipationPanel, "activity">> = {},
): ParticipationPanel {
  const full: ParticipationPanel["activity"] = {
    year: 2026,
    status: "PLANNED",
    leadUnitId: null,
    plannedMonth: 6,
    plannedDate: null,
    signupDeadline: null,
    capacity: null,
    plan: { maxLeadsPerUnit: 2 },
    report: null,
    ...activity,
  };
  return {
    activity: full,
    leadUnitId: full.leadUnitId,
    leadsThisYear: 0,
    counts: { kind: "signUps", units: 0, people: 0, capacity: full.capacity },
    waitlisted: 0,
    mine: null,
    ...rest,
  };
}

describe("activityViewer for a visitor", () => {
  it("offers signing in, and says secretaries may claim, while the activity is unclaimed and ahead", () => {
    expect(activityViewer(panel(), visitor, today, now)).toEqual({
      signedIn: false,
      canAct: true,
      mayClaim: true,
    });
  });

  it("offers signing in to join an open activity, without the claim hint", () => {
    const open = panel({ status: "OPEN", leadUnitId: 3 });
    expect(activityViewer(open, visitor, today, now)).toEqual({
      signedIn: false,
      canAct: true,
      mayClaim: false,
    });
  });

  it("offers nothing once the activity is over or already claimed", () => {
    const past = panel({ plannedMonth: 4 });
    const claimed = panel({ status: "CLAIMED", leadUnitId: 3 });
    for (const value of [past, claimed]) {
      expect(activityViewer(value, visitor, today, now)).toEqual({
        signedIn: false,
        canAct: false,
        mayClaim: false,
      });
    }
  });
});

describe("activityViewer for a signed-in account", () => {
  it("gives a secretary's unit its action and own sign-up", () => {
    const mine = { status: "JOINED" as const, headcount: 4, position: 0 };
    const open = panel({ status: "OPEN", leadUnitId: 3 }, { mine });
    expect(activityViewer(open, { signedIn: true, unitId: 7 }, today, now)).toEqual({
      signedIn: true,
      mine,
      action: { kind: "withdraw" },
      unclaimed: false,
      full: false,
    });
  });

  it("gives an account without a unit (an admin) no action and no sign-in hint", () => {
    expect(activityViewer(panel(), { signedIn: true, unitId: null }, today, now)).toMatchObject({
      signedIn: true,
      action: null,
      unclaimed: true,
    });
  });
});

describe("isFull", () => {
  it("is full when the people reach the capacity or others already wait", () => {
    const counts = { kind: "signUps" as const, units: 2, people: 20, capacity: 20 };
    expect(isFull({ counts, waitlisted: 0 })).toBe(true);
    expect(isFull({ counts: { ...counts, people: 19 }, waitlisted: 0 })).toBe(false);
    expect(isFull({ counts: { ...counts, people: 1 }, waitlisted: 1 })).toBe(true);
    expect(isFull({ counts: { ...counts, capacity: null }, waitlisted: 3 })).toBe(false);
  });
});
