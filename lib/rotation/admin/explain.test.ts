import { describe, expect, it } from "vitest";
import { describeInfeasibility, describeViolation, monthList, unitList } from "./explain";

const names = new Map([
  [1, "甲单位"],
  [2, "乙单位"],
]);

describe("explaining the scheduler", () => {
  it("lists months in order and names units, counting the ones left out", () => {
    expect(monthList([5, 2, 11])).toBe("2, 5, 11");
    expect(monthList([])).toBe("—");
    expect(unitList([1, 2, 3], names)).toBe("甲单位, 乙单位, #3");
    const many = Array.from({ length: 10 }, (_, index) => index + 1);
    expect(unitList(many, names)).toMatch(/\(\+2\)$/);
  });

  it("names the unit and the months that make a schedule impossible", () => {
    expect(
      describeInfeasibility({ kind: "tooManyTimes", unitId: 1, times: 3, available: [4, 2] }, names),
    ).toEqual({
      key: "rotation.admin.infeasible.tooManyTimes",
      values: { unit: "甲单位", times: 3, count: 2, months: "2, 4" },
    });
    expect(
      describeInfeasibility(
        { kind: "monthsOverloaded", months: [1], unitIds: [1, 2], capacity: 1, demand: 2 },
        names,
      ),
    ).toMatchObject({
      key: "rotation.admin.infeasible.monthsOverloaded",
      values: { units: "甲单位, 乙单位" },
    });
    expect(describeInfeasibility({ kind: "noDutyMonths" }, names)).toEqual({
      key: "rotation.admin.infeasible.noDutyMonths",
    });
  });

  it("describes every kind of violation with its unit and month", () => {
    expect(describeViolation({ kind: "blackout", unitId: 2, month: 7 }, names)).toEqual({
      key: "rotation.admin.violations.blackout",
      values: { unit: "乙单位", month: 7 },
    });
    expect(describeViolation({ kind: "unbalanced", month: 3, load: 3, min: 1, max: 3 }, names).key).toBe(
      "rotation.admin.violations.unbalanced",
    );
    expect(
      describeViolation({ kind: "wrongTimes", unitId: 1, expected: 1, actual: 2 }, names).values,
    ).toEqual({ unit: "甲单位", expected: 1, actual: 2 });
  });
});
