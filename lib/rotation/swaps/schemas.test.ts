import { describe, expect, it } from "vitest";
import { requestSwapSchema } from "./schemas";

describe("requestSwapSchema", () => {
  it("reads the other duty from the single select", () => {
    expect(requestSwapSchema.parse({ year: "2030", fromMonth: "3", target: "42:5" })).toEqual({
      year: 2030,
      fromMonth: 3,
      toUnitId: 42,
      toMonth: 5,
      note: "",
    });
  });

  it("accepts toUnitId and toMonth directly and refuses a missing target", () => {
    expect(
      requestSwapSchema.parse({ year: "2030", fromMonth: "3", toUnitId: "4", toMonth: "5" }).toUnitId,
    ).toBe(4);
    expect(requestSwapSchema.safeParse({ year: "2030", fromMonth: "3", target: "" }).success).toBe(false);
  });
});
