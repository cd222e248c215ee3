import { describe, expect, it } from "vitest";
import { logTotals } from "./totals";

const entry = (
  volunteers: number,
  hours: number | string,
  results: Array<[string, number | string, string]> = [],
) => ({
  volunteers,
  hours: typeof hours === "string" ? { toString: () => hours } : hours,
  results: results.map(([label, value, unit]) => ({ label, value, unit })),
});

describe("logTotals", () => {
  it("is all zeros for an empty log", () => {
    expect(logTotals([])).toEqual({ visits: 0, volunteers: 0, hours: 0, results: [] });
  });

  it("counts each entry as a visit and sums volunteers and hours", () => {
    const totals = logTotals([entry(100, 250.5), entry(12, 24), entry(0, 0)]);
    expect(totals).toMatchObject({ visits: 3, volunteers: 112, hours: 274.5 });
  });

  it("sums decimal hours exactly (no floating-point drift)", () => {
    expect(logTotals([entry(1, 0.1), entry(1, 0.2), entry(1, "0.3")]).hours).toBe(0.6);
  });

  it("sums results by label and unit, keeping first-seen order", () => {
    const totals = logTotals([
      entry(100, 250, [["树木种植", 200, "棵"]]),
      entry(10, 20, [
        ["养护", 1, "次"],
        ["树木种植", 250, "棵"],
      ]),
      entry(8, 16, [["养护", 2, "次"]]),
    ]);
    expect(totals.results).toEqual([
      { label: "树木种植", unit: "棵", value: 450 },
      { label: "养护", unit: "次", value: 3 },
    ]);
  });

  it("keeps the same label with different units apart", () => {
    const totals = logTotals([entry(1, 1, [["浇水", 2, "次"]]), entry(1, 1, [["浇水", 300, "升"]])]);
    expect(totals.results).toEqual([
      { label: "浇水", unit: "次", value: 2 },
      { label: "浇水", unit: "升", value: 300 },
    ]);
  });

  it("treats labels and units that differ only by surrounding spaces as one", () => {
    const totals = logTotals([entry(1, 1, [["除草 ", 1.25, "亩"]]), entry(1, 1, [["除草", "0.75", " 亩"]])]);
    expect(totals.results).toEqual([{ label: "除草", unit: "亩", value: 2 }]);
  });
});
