import { describe, expect, it } from "vitest";
import { groupByMonth, groupByYear, publicStatus } from "./plan-calendar";

describe("groupByMonth", () => {
  it("returns no groups for no items", () => {
    expect(groupByMonth([])).toEqual([]);
  });

  it("orders months ascending, leaves out empty months and keeps item order within a month", () => {
    const items = [
      { id: 1, plannedMonth: 5 },
      { id: 2, plannedMonth: 3 },
      { id: 3, plannedMonth: 5 },
      { id: 4, plannedMonth: 12 },
      { id: 5, plannedMonth: 3 },
    ];
    expect(groupByMonth(items)).toEqual([
      { month: 3, items: [items[1], items[4]] },
      { month: 5, items: [items[0], items[2]] },
      { month: 12, items: [items[3]] },
    ]);
  });
});

describe("publicStatus", () => {
  it("calls an item without a lead unit unclaimed", () => {
    expect(publicStatus({ status: "PLANNED", hasLeadUnit: false })).toBe("UNCLAIMED");
    expect(publicStatus({ status: "OPEN", hasLeadUnit: false })).toBe("UNCLAIMED");
  });

  it("never calls an item with a lead unit unclaimed", () => {
    expect(publicStatus({ status: "PLANNED", hasLeadUnit: true })).toBe("CLAIMED");
  });

  it("shows the stored status once a unit leads the item", () => {
    expect(publicStatus({ status: "OPEN", hasLeadUnit: true })).toBe("OPEN");
    expect(publicStatus({ status: "DONE", hasLeadUnit: true })).toBe("DONE");
  });

  it("shows a cancelled item as cancelled whether or not it was claimed", () => {
    expect(publicStatus({ status: "CANCELLED", hasLeadUnit: false })).toBe("CANCELLED");
    expect(publicStatus({ status: "CANCELLED", hasLeadUnit: true })).toBe("CANCELLED");
  });
});

describe("groupByYear", () => {
  it("puts the newest year first and keeps item order within a year", () => {
    const items = [
      { id: 1, year: 2023 },
      { id: 2, year: 2025 },
      { id: 3, year: 2023 },
      { id: 4, year: 2024 },
    ];
    expect(groupByYear(items)).toEqual([
      { year: 2025, items: [items[1]] },
      { year: 2024, items: [items[3]] },
      { year: 2023, items: [items[0], items[2]] },
    ]);
  });

  it("returns no groups for no items", () => {
    expect(groupByYear([])).toEqual([]);
  });
});
