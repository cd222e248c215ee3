import { describe, expect, it } from "vitest";
import { formatResults, percentile } from "./load";

describe("bench figures", () => {
  it("takes nearest-rank percentiles of sorted latencies", () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 95)).toBe(10);
    expect(percentile(sorted, 100)).toBe(10);
    expect(percentile([], 50)).toBeNaN();
  });

  it("prints one aligned row per route with throughput", () => {
    const table = formatResults([
      { path: "/plan", requests: 10, errors: 1, seconds: 2, latenciesMs: [10, 20] },
    ]);
    expect(table.split("\n")).toHaveLength(2);
    expect(table).toMatch(/\/plan\s+10\s+1\s+5\.0\s+10\.0/);
  });
});
