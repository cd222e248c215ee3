import { describe, expect, it } from "vitest";
import { activityCounts } from "./activity-counts";

const signUps = { capacity: 120, joinedUnits: 0, joinedHeadcount: 0 };
const report = {
  status: "ACCEPTED" as const,
  participants: [{ count: 38 }, { count: 22 }, { count: 18 }, { count: 15 }, { count: 12 }, { count: 0 }],
};

describe("activityCounts", () => {
  it("shows the sign-ups against the capacity while the activity runs", () => {
    expect(
      activityCounts({ ...signUps, status: "OPEN", joinedUnits: 3, joinedHeadcount: 40, report: null }),
    ).toEqual({ kind: "signUps", units: 3, people: 40, capacity: 120 });
  });

  it("shows the report's units that came and their people once reported, whatever the sign-ups said", () => {
    expect(activityCounts({ ...signUps, status: "REPORTED", report })).toEqual({
      kind: "reported",
      units: 5,
      people: 105,
    });
    expect(
      activityCounts({ ...signUps, status: "REPORTED", report: { ...report, status: "SUBMITTED" } }),
    ).toMatchObject({
      kind: "reported",
    });
  });

  it("shows no numbers while the report is returned for a fix", () => {
    expect(
      activityCounts({ ...signUps, status: "REPORTED", report: { ...report, status: "NEEDS_FIX" } }),
    ).toEqual({
      kind: "revising",
    });
  });

  it("keeps the sign-ups of a held activity that has no report yet", () => {
    expect(
      activityCounts({ ...signUps, status: "DONE", joinedUnits: 2, joinedHeadcount: 9, report: null }),
    ).toMatchObject({ kind: "signUps", units: 2 });
  });
});
