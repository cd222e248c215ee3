import { describe, expect, it } from "vitest";
import {
  hasErrors,
  mergeMeasurements,
  percentile,
  scalingFailures,
  summarise,
  targetOf,
  type Measurement,
} from "./figures";

const measured = (overrides: Partial<Measurement>): Measurement => ({
  name: "/plan",
  kind: "public",
  requests: 100,
  seconds: 10,
  latenciesMs: Array.from({ length: 100 }, (_, i) => i + 1),
  errors: 0,
  non2xx: 0,
  refused: 0,
  ...overrides,
});

describe("bench figures", () => {
  it("takes nearest-rank percentiles of sorted latencies", () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 95)).toBe(10);
    expect(percentile(sorted, 100)).toBe(10);
    expect(percentile([], 50)).toBeNaN();
  });

  it("gives requests/s, percentiles and the ratio to the run's ceiling", () => {
    const [ceiling, plan] = summarise([
      measured({ name: "/about", kind: "ceiling", requests: 2000 }),
      measured({ latenciesMs: [30, 10, 20, 40] }),
    ]);
    expect(ceiling!.rps).toBe(200);
    expect(ceiling!.ratio).toBe(1);
    expect(plan).toMatchObject({ rps: 10, ratio: 0.05, p50: 20, p95: 40, p99: 40 });
    expect(plan!.target).toEqual({ text: "≥ 80 % of the ceiling", pass: false });
  });

  it("takes a page's ratio to the ceiling measured alongside it when there is one", () => {
    const [, plan, units] = summarise([
      measured({ name: "/about", kind: "ceiling", requests: 2000 }),
      measured({ requests: 900, ceilingRps: 100 }),
      measured({ name: "/units", requests: 900 }),
    ]);
    expect(plan!.ratio).toBe(0.9);
    expect(plan!.target!.pass).toBe(true);
    expect(units!.ratio).toBe(0.45);
  });

  it("merges slices of one scenario into one measurement", () => {
    const merged = mergeMeasurements([
      measured({ requests: 3, seconds: 2, latenciesMs: [1, 2, 3], non2xx: 1 }),
      measured({ requests: 2, seconds: 3, latenciesMs: [4, 5], errors: 2 }),
    ]);
    expect(merged).toMatchObject({
      name: "/plan",
      requests: 5,
      seconds: 5,
      errors: 2,
      non2xx: 1,
      refused: 0,
    });
    expect(merged.latenciesMs).toEqual([1, 2, 3, 4, 5]);
    expect(() => mergeMeasurements([])).toThrow();
  });

  it("has no ratio without a ceiling", () => {
    const [plan] = summarise([measured({})]);
    expect(plan!.ratio).toBeNull();
    expect(plan!.target!.pass).toBe(false);
  });

  it("holds each kind to its target of issue 14, and any failure fails it", () => {
    expect(targetOf("public", { p95: 999, ratio: 0.8, failures: 0 })!.pass).toBe(true);
    expect(targetOf("public", { p95: 1, ratio: 0.79, failures: 0 })!.pass).toBe(false);
    expect(targetOf("signedIn", { p95: 150, ratio: 0.1, failures: 0 })).toEqual({
      text: "p95 ≤ 150 ms",
      pass: true,
    });
    expect(targetOf("signedIn", { p95: 151, ratio: 1, failures: 0 })!.pass).toBe(false);
    expect(targetOf("action", { p95: 200, ratio: 0, failures: 0 })).toEqual({
      text: "p95 ≤ 200 ms",
      pass: true,
    });
    expect(targetOf("action", { p95: 10, ratio: 0, failures: 1 })!.pass).toBe(false);
    expect(targetOf("ceiling", { p95: 10, ratio: 1, failures: 0 })).toEqual({
      text: "no errors",
      pass: true,
    });
  });

  it("counts errors, non-2xx answers and refused actions as errors", () => {
    expect(hasErrors(summarise([measured({})]))).toBe(false);
    expect(hasErrors(summarise([measured({ non2xx: 1 })]))).toBe(true);
    expect(hasErrors(summarise([measured({ refused: 2 })]))).toBe(true);
    expect(hasErrors(summarise([measured({ errors: 1 })]))).toBe(true);
  });

  it("flags figures at the larger scale worse than half of the smaller one's", () => {
    const small = summarise([measured({ requests: 100, latenciesMs: [100] })]);
    const fine = summarise([measured({ requests: 50, latenciesMs: [200] })]);
    const slow = summarise([measured({ requests: 49, latenciesMs: [201] })]);
    expect(scalingFailures(small, fine)).toEqual([]);
    expect(scalingFailures(small, slow)).toEqual([
      "/plan: 4.9 req/s < half of 10.0",
      "/plan: p95 201 ms > twice 100 ms",
    ]);
  });
});
