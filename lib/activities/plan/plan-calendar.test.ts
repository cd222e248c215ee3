import { describe, expect, it } from "vitest";
import { groupByMonth, groupByYear, publicStatus } from "./plan-calendar";

describe("groupByMonth", () => {
  it("returns no groups for no activities", () => {
    expect(groupByMonth([])).toEqual([]);
  });

  it("orders months ascending, leaves out empty months and keeps activity order within a month", () => {
    const activities = [
      { id: 1, plannedMonth: 5 },
      { id: 2, plannedMonth: 3 },
      { id: 3, plannedMonth: 5 },
      { id: 4, plannedMonth: 12 },
      { id: 5, plannedMonth: 3 },
    ];
    expect(groupByMonth(activities)).toEqual([
      { month: 3, activities: [activities[1], activities[4]] },
      { month: 5, activities: [activities[0], activities[2]] },
      { month: 12, activities: [activities[3]] },
    ]);
  });
});

describe("publicStatus", () => {
  it("calls an activity without a lead unit unclaimed", () => {
    expect(publicStatus({ status: "PLANNED", hasLeadUnit: false })).toBe("UNCLAIMED");
    expect(publicStatus({ status: "OPEN", hasLeadUnit: false })).toBe("UNCLAIMED");
  });

  it("never calls an activity with a lead unit unclaimed", () => {
    expect(publicStatus({ status: "PLANNED", hasLeadUnit: true })).toBe("CLAIMED");
  });

  it("shows the stored status once a unit leads the activity", () => {
    expect(publicStatus({ status: "OPEN", hasLeadUnit: true })).toBe("OPEN");
    expect(publicStatus({ status: "DONE", hasLeadUnit: true })).toBe("DONE");
  });

  it("shows a cancelled activity as cancelled whether or not it was claimed", () => {
    expect(publicStatus({ status: "CANCELLED", hasLeadUnit: false })).toBe("CANCELLED");
    expect(publicStatus({ status: "CANCELLED", hasLeadUnit: true })).toBe("CANCELLED");
  });
});

describe("groupByYear", () => {
  it("puts the newest year first and keeps activity order within a year", () => {
    const activities = [
      { id: 1, year: 2023 },
      { id: 2, year: 2025 },
      { id: 3, year: 2023 },
      { id: 4, year: 2024 },
    ];
    expect(groupByYear(activities)).toEqual([
      { year: 2025, activities: [activities[1]] },
      { year: 2024, activities: [activities[3]] },
      { year: 2023, activities: [activities[0], activities[2]] },
    ]);
  });

  it("returns no groups for no activities", () => {
    expect(groupByYear([])).toEqual([]);
  });
});
