import { describe, expect, it } from "vitest";
import { applySwap, checkSwap, formatYearMonth, monthHasStarted, type SwapContext } from "./check-swap";

const A = 1;
const B = 2;
const C = 3;

function context(overrides: Partial<SwapContext> = {}): SwapContext {
  return {
    year: 2030,
    duties: [
      { unitId: A, month: 3 },
      { unitId: A, month: 9 },
      { unitId: B, month: 5 },
      { unitId: C, month: 5 },
      { unitId: C, month: 3 },
    ],
    blackouts: new Map(),
    unitStatus: new Map([
      [A, "ACTIVE"],
      [B, "ACTIVE"],
      [C, "ACTIVE"],
    ]),
    now: new Date("2030-01-15T00:00:00Z"),
    ...overrides,
  };
}

const swapAB = { fromUnitId: A, fromMonth: 3, toUnitId: B, toMonth: 5 };

describe("checkSwap", () => {
  it("allows a swap of two duties that keeps every rule", () => {
    expect(checkSwap(swapAB, context())).toBeNull();
  });

  it("refuses a swap with the unit itself", () => {
    expect(checkSwap({ ...swapAB, toUnitId: A, toMonth: 9 }, context())?.key).toBe(
      "rotation.unit.errors.swapWithSelf",
    );
  });

  it("refuses a withdrawn or suspended other unit", () => {
    for (const status of ["WITHDRAWN", "SUSPENDED"]) {
      const unitStatus = new Map([
        [A, "ACTIVE"],
        [B, status],
      ]);
      expect(checkSwap(swapAB, context({ unitStatus }))?.key).toBe("rotation.unit.errors.unitNotActive");
    }
  });

  it("refuses when either month has started in Beijing time", () => {
    // 2030-03-01 00:00 Beijing is 2030-02-28 16:00 UTC.
    const justBefore = context({ now: new Date("2030-02-28T15:59:59Z") });
    const atStart = context({ now: new Date("2030-02-28T16:00:00Z") });
    expect(checkSwap(swapAB, justBefore)).toBeNull();
    expect(checkSwap(swapAB, atStart)).toMatchObject({
      key: "rotation.unit.errors.monthStarted",
      values: { month: "2030-03" },
    });
    const reverse = { fromUnitId: B, fromMonth: 5, toUnitId: A, toMonth: 3 };
    expect(checkSwap(reverse, atStart)).toMatchObject({ values: { month: "2030-03" }, field: "target" });
  });

  it("refuses duties the schedule does not hold", () => {
    expect(checkSwap({ ...swapAB, fromMonth: 4 }, context())?.key).toBe("rotation.unit.errors.noDutyFrom");
    expect(checkSwap({ ...swapAB, toMonth: 6 }, context())?.key).toBe("rotation.unit.errors.noDutyTo");
  });

  it("refuses a swap giving a unit a month it already serves", () => {
    // C serves 3 and 5: taking A's March would double March for C.
    expect(checkSwap({ fromUnitId: A, fromMonth: 9, toUnitId: C, toMonth: 3 }, context())?.key).toBe(
      "rotation.unit.errors.requesterServesAlready",
    );
    expect(checkSwap({ fromUnitId: A, fromMonth: 3, toUnitId: C, toMonth: 5 }, context())?.key).toBe(
      "rotation.unit.errors.otherServesAlready",
    );
  });

  it("refuses a swap into a blackout month of either unit", () => {
    expect(checkSwap(swapAB, context({ blackouts: new Map([[A, [5]]]) }))?.key).toBe(
      "rotation.unit.errors.requesterBlackout",
    );
    expect(checkSwap(swapAB, context({ blackouts: new Map([[B, [3]]]) }))?.key).toBe(
      "rotation.unit.errors.otherBlackout",
    );
  });
});

describe("applySwap", () => {
  it("moves exactly the two duties", () => {
    const after = applySwap(context().duties, swapAB);
    expect(after).toContainEqual({ unitId: A, month: 5 });
    expect(after).toContainEqual({ unitId: B, month: 3 });
    expect(after).toContainEqual({ unitId: A, month: 9 });
    expect(after).toHaveLength(5);
  });
});

describe("month helpers", () => {
  it("formats YYYY-MM and knows when a month starts in Beijing", () => {
    expect(formatYearMonth(2031, 2)).toBe("2031-02");
    expect(monthHasStarted(2031, 1, new Date("2030-12-31T15:59:59Z"))).toBe(false);
    expect(monthHasStarted(2031, 1, new Date("2030-12-31T16:00:00Z"))).toBe(true);
  });
});
