import { describe, expect, it } from "vitest";
import { activitiesAtStage, activityStages, parseActivityStage } from "./stages";

describe("the plan list's stage filter", () => {
  it("reads a known stage and treats anything else as the whole list", () => {
    for (const stage of activityStages) expect(parseActivityStage(stage)).toBe(stage);
    expect(parseActivityStage(undefined)).toBeNull();
    expect(parseActivityStage("HELD")).toBeNull();
    expect(parseActivityStage(["held", "planned"])).toBeNull();
    expect(parseActivityStage("")).toBeNull();
  });

  it("always keeps the year, with or without a stage", () => {
    expect(activitiesAtStage(2025, null)).toEqual({ year: 2025 });
    for (const stage of activityStages) expect(activitiesAtStage(2025, stage)).toMatchObject({ year: 2025 });
  });

  it("does not count cancelled items as planned, nor returned reports as reported", () => {
    expect(activitiesAtStage(2025, "planned")).toEqual({ year: 2025, status: { not: "CANCELLED" } });
    expect(activitiesAtStage(2025, "reported")).toEqual({
      year: 2025,
      status: "REPORTED",
      NOT: { report: { is: { status: "NEEDS_FIX" } } },
    });
  });
});
