import { describe, expect, it } from "vitest";
import { niceMax } from "./scale";

describe("niceMax", () => {
  it("rounds the maximum up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([1, 3, 7, 18, 21, 240, 260, 999, 1000, 0.3].map(niceMax)).toEqual([
      1, 5, 10, 20, 25, 250, 500, 1000, 1000, 0.5,
    ]);
  });

  it("gives 0 for an empty or non-positive chart", () => {
    expect(niceMax(0)).toBe(0);
    expect(niceMax(-4)).toBe(0);
    expect(niceMax(Number.NaN)).toBe(0);
  });
});
