import { describe, expect, it } from "vitest";
import { checkPreferences, deadlinePassed, type YearRules } from "./check-preferences";

const rules: YearRules = {
  dutyMonths: [1, 3, 4, 5, 6],
  times: 1,
  preferenceDeadline: new Date("2030-10-31T00:00:00Z"),
  now: new Date("2030-10-01T00:00:00Z"),
};

describe("checkPreferences", () => {
  it("accepts ranked duty months and blackouts", () => {
    expect(checkPreferences({ preferences: [3, 1], blackouts: [5] }, rules)).toBeNull();
  });

  it("closes after the deadline day in Beijing time, with the date", () => {
    // 2030-10-31 23:59 Beijing is still open; 2030-11-01 00:00 Beijing (16:00 UTC the day before) is not.
    expect(deadlinePassed(rules.preferenceDeadline, new Date("2030-10-31T15:59:00Z"))).toBe(false);
    expect(
      checkPreferences(
        { preferences: [], blackouts: [] },
        { ...rules, now: new Date("2030-10-31T16:00:00Z") },
      ),
    ).toEqual({ key: "rotation.unit.errors.deadlinePassed", values: { date: "2030-10-31" } });
    expect(deadlinePassed(null, new Date())).toBe(false);
  });

  it("ties month problems to the choice", () => {
    expect(checkPreferences({ preferences: [2], blackouts: [] }, rules)).toMatchObject({
      key: "rotation.unit.errors.notDutyMonth",
      field: "choice1",
    });
    expect(checkPreferences({ preferences: [3, 3], blackouts: [] }, rules)).toMatchObject({
      key: "rotation.unit.errors.monthTwice",
      field: "choice2",
    });
    expect(checkPreferences({ preferences: [3], blackouts: [3] }, rules)).toMatchObject({
      key: "rotation.unit.errors.preferenceIsBlackout",
      field: "choice1",
    });
  });

  it("refuses blackouts on every duty month or leaving fewer months than the unit serves", () => {
    expect(checkPreferences({ preferences: [], blackouts: [1, 3, 4, 5, 6] }, rules)?.key).toBe(
      "rotation.unit.errors.blackoutEverything",
    );
    expect(checkPreferences({ preferences: [], blackouts: [1, 3, 4] }, { ...rules, times: 3 })).toMatchObject(
      {
        key: "rotation.unit.errors.tooFewAllowed",
        values: { allowed: 2, times: 3 },
      },
    );
  });
});
