import { describe, expect, it } from "vitest";
import { savePreferencesSchema } from "./schemas";

describe("savePreferencesSchema", () => {
  it("ranks the choices, closing gaps, and sorts blackouts", () => {
    const parsed = savePreferencesSchema.parse({
      year: "2030",
      version: "0",
      choice1: "",
      choice2: "7",
      choice3: "2",
      blackout: ["9", "1"],
    });
    expect(parsed).toEqual({ year: 2030, version: 0, preferences: [7, 2], blackouts: [1, 9] });
  });

  it("reads the form's one checkbox per month", () => {
    const parsed = savePreferencesSchema.parse({
      year: "2030",
      version: "2",
      blackout8: "on",
      blackout2: "on",
      blackout3: "",
    });
    expect(parsed.blackouts).toEqual([2, 8]);
  });

  it("marks a month named twice and a preference that is a blackout on the choice", () => {
    const twice = savePreferencesSchema.safeParse({ year: "2030", version: "0", choice1: "7", choice2: "7" });
    expect(twice.error?.issues[0]).toMatchObject({
      path: ["choice2"],
      message: "rotation.unit.errors.monthTwice",
    });
    const both = savePreferencesSchema.safeParse({ year: "2030", version: "0", choice1: "7", blackout: "7" });
    expect(both.error?.issues[0]).toMatchObject({
      path: ["choice1"],
      message: "rotation.unit.errors.preferenceIsBlackout",
    });
  });

  it("refuses months outside 1..12", () => {
    expect(savePreferencesSchema.safeParse({ year: "2030", version: "0", choice1: "13" }).success).toBe(
      false,
    );
    expect(savePreferencesSchema.safeParse({ year: "2030", version: "0", blackout: "0" }).success).toBe(
      false,
    );
  });
});
