import { describe, expect, it } from "vitest";
import { parseAdminUnitFilter } from "./list-params";

describe("parseAdminUnitFilter", () => {
  it("reads search text, status and category", () => {
    expect(
      parseAdminUnitFilter({ q: " 邮政 ", status: "SUSPENDED", category: "FINANCIAL_INSTITUTION" }),
    ).toEqual({
      q: "邮政",
      status: "SUSPENDED",
      category: "FINANCIAL_INSTITUTION",
    });
  });

  it("ignores unknown values, repeated parameters and blank search", () => {
    expect(parseAdminUnitFilter({ q: ["a", "b"], status: "DELETED", category: "" })).toEqual({});
    expect(parseAdminUnitFilter({ q: "   " })).toEqual({});
  });
});

describe("the admin overview's unit filters", () => {
  it("reads a year without items and a quarter with nothing done", () => {
    expect(parseAdminUnitFilter({ status: "ACTIVE", withoutItem: "2025", idle: "2026-Q2" })).toEqual({
      status: "ACTIVE",
      withoutItem: 2025,
      idle: { year: 2026, quarter: 2 },
    });
  });

  it("ignores malformed years and quarters", () => {
    expect(parseAdminUnitFilter({ withoutItem: "25", idle: "2026-Q5" })).toEqual({});
    expect(parseAdminUnitFilter({ withoutItem: "1999", idle: "2026Q1" })).toEqual({});
    expect(parseAdminUnitFilter({ withoutItem: ["2025", "2026"], idle: "2026-q1" })).toEqual({});
  });
});
