import { describe, expect, it } from "vitest";
import { canTake, checkEffectiveDate, stepsFrom } from "./lifecycle";

describe("unit lifecycle steps", () => {
  it("offers suspend and withdraw for an active unit, reactivate and withdraw for a suspended one", () => {
    expect(stepsFrom("ACTIVE")).toEqual(["suspend", "withdraw"]);
    expect(stepsFrom("SUSPENDED")).toEqual(["reactivate", "withdraw"]);
  });

  it("treats withdrawal as final: nothing leads out of WITHDRAWN", () => {
    expect(stepsFrom("WITHDRAWN")).toEqual([]);
    expect(canTake("reactivate", "WITHDRAWN")).toBe(false);
    expect(canTake("withdraw", "WITHDRAWN")).toBe(false);
  });

  it("refuses reactivating an active unit and suspending a suspended one", () => {
    expect(canTake("reactivate", "ACTIVE")).toBe(false);
    expect(canTake("suspend", "SUSPENDED")).toBe(false);
  });
});

describe("checkEffectiveDate", () => {
  const bounds = { today: "2024-05-10", joinedOn: "2023-02-21", lastChangeOn: "2024-01-05" };

  it("accepts today and dates between the last change and today", () => {
    expect(checkEffectiveDate("2024-05-10", bounds)).toBeNull();
    expect(checkEffectiveDate("2024-01-05", bounds)).toBeNull();
  });

  it("refuses a date in the future", () => {
    expect(checkEffectiveDate("2024-05-11", bounds)).toEqual({
      key: "units.admin.lifecycle.effectiveInFuture",
    });
  });

  it("refuses a date before the unit joined, naming the joining date", () => {
    expect(checkEffectiveDate("2023-02-20", { ...bounds, lastChangeOn: null })).toEqual({
      key: "units.admin.lifecycle.effectiveBeforeJoined",
      values: { date: "2023-02-21" },
    });
  });

  it("refuses a date before the previous status change, so the history stays in order", () => {
    expect(checkEffectiveDate("2024-01-04", bounds)).toEqual({
      key: "units.admin.lifecycle.effectiveBeforeLastChange",
      values: { date: "2024-01-05" },
    });
  });
});
