import { describe, expect, it } from "vitest";
import { activityRefusal, meetingRefusal, roleCounts } from "./rules";
import { commitments } from "./score";
import type { Commitment } from "./types";

const record = (commitment: Commitment) => ({ commitment, year: 2026 });
const activity = (commitment: Commitment, role: "LEAD" | "JOINED" | null, over: object = {}) => ({
  commitment,
  year: 2026,
  status: "REPORTED" as const,
  role,
  ...over,
});

describe("which activity or meeting can fulfil a commitment", () => {
  it("counts leading an activity for the activity's own commitment, each of the five", () => {
    for (const c of commitments) expect(activityRefusal(record(c), activity(c, "LEAD"))).toBeNull();
  });

  it("counts joining only for a study exchange and a livelihood matter", () => {
    const joinable = commitments.filter((c) => activityRefusal(record(c), activity(c, "JOINED")) === null);
    expect(joinable).toEqual(["STUDY_EXCHANGE", "LIVELIHOOD"]);
    for (const c of ["YOUTH_PROJECT", "CULTURE_SPORTS", "BACKBONE_TEAM"] as const) {
      expect(activityRefusal(record(c), activity(c, "JOINED"))).toBe("activities.commitments.linkLeadOnly");
    }
  });

  it("never lets an activity count for another commitment than its own", () => {
    for (const target of commitments)
      for (const own of commitments.filter((c) => c !== target)) {
        expect(roleCounts(target, own, "LEAD")).toBe(false);
        expect(activityRefusal(record(target), activity(own, "LEAD"))).toBe(
          "activities.commitments.linkOtherCommitment",
        );
      }
  });

  it("refuses an activity of another unit, another year, or not yet held", () => {
    expect(activityRefusal(record("LIVELIHOOD"), activity("LIVELIHOOD", null))).toBe(
      "activities.commitments.linkNotOurs",
    );
    expect(activityRefusal(record("LIVELIHOOD"), activity("LIVELIHOOD", "LEAD", { year: 2025 }))).toBe(
      "activities.commitments.linkOtherYear",
    );
    for (const status of ["CLAIMED", "OPEN", "CLOSED", "CANCELLED"] as const) {
      expect(activityRefusal(record("LIVELIHOOD"), activity("LIVELIHOOD", "LEAD", { status }))).toBe(
        "activities.commitments.linkNotHeld",
      );
    }
    expect(
      activityRefusal(record("LIVELIHOOD"), activity("LIVELIHOOD", "LEAD", { status: "DONE" })),
    ).toBeNull();
  });

  it("counts an attended, held joint meeting of the same year for a study exchange only", () => {
    const meeting = { year: 2026, held: true, attended: true };
    expect(commitments.filter((c) => meetingRefusal(record(c), meeting) === null)).toEqual([
      "STUDY_EXCHANGE",
    ]);
    expect(meetingRefusal(record("STUDY_EXCHANGE"), { ...meeting, attended: false })).toBe(
      "activities.commitments.linkNotAttended",
    );
    expect(meetingRefusal(record("STUDY_EXCHANGE"), { ...meeting, held: false })).toBe(
      "activities.commitments.linkNotHeld",
    );
    expect(meetingRefusal(record("STUDY_EXCHANGE"), { ...meeting, year: 2027 })).toBe(
      "activities.commitments.linkOtherYear",
    );
  });
});
