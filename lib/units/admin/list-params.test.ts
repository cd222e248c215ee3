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
