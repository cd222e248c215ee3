// The bench's figures: percentiles of the measured latencies, the ratio to the static ceiling
// (/about) of the same run, and issue 14's targets on this machine (pass/fail per figure).
// Pure, so the arithmetic is unit-tested apart from the load.

/** What a scenario stands for, which decides the target it is held to. */
export type ScenarioKind = "ceiling" | "public" | "signedIn" | "action";

export interface Measurement {
  name: string;
  kind: ScenarioKind;
  /** Completed requests and the seconds they took. */
  requests: number;
  seconds: number;
  /** Latency of every completed request, in milliseconds, in any order. */
  latenciesMs: number[];
  /** Socket errors and timeouts. */
  errors: number;
  /** Answers outside 2xx (3xx included: every scenario asks for a page that answers 200). */
  non2xx: number;
  /** Server actions that answered 200 but refused the request (a form state with ok: false). */
  refused: number;
  /**
   * The ceiling's requests/s measured in slices alternating with this scenario's (cannon.ts
   * measureAgainstCeiling): the ratio is taken to it rather than to the run's one ceiling figure.
   */
  ceilingRps?: number;
}

export interface Figures {
  name: string;
  kind: ScenarioKind;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  refused: number;
  /** Requests/s divided by the ceiling's requests/s in the same run (null without a ceiling). */
  ratio: number | null;
  /** The target this figure is held to, e.g. "≥ 80 % of /about", and whether it is met. */
  target: { text: string; pass: boolean } | null;
}

/** Issue 14, item 6, for 20 concurrent clients on the 2-core machine. */
export const TARGETS = { publicRatio: 0.8, signedInP95Ms: 150, actionP95Ms: 200 } as const;

/** Nearest-rank percentile of ascending values; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function targetOf(
  kind: ScenarioKind,
  figures: { p95: number; ratio: number | null; failures: number },
): Figures["target"] {
  const clean = figures.failures === 0;
  switch (kind) {
    case "ceiling":
      return { text: "no errors", pass: clean };
    case "public": {
      const text = `≥ ${TARGETS.publicRatio * 100} % of the ceiling`;
      return { text, pass: clean && figures.ratio !== null && figures.ratio >= TARGETS.publicRatio };
    }
    case "signedIn":
      return {
        text: `p95 ≤ ${TARGETS.signedInP95Ms} ms`,
        pass: clean && figures.p95 <= TARGETS.signedInP95Ms,
      };
    case "action":
      return { text: `p95 ≤ ${TARGETS.actionP95Ms} ms`, pass: clean && figures.p95 <= TARGETS.actionP95Ms };
  }
}

/**
 * Figures of one run; the ratio is taken to the ceiling measured alongside the scenario, else
 * to the run's "ceiling" scenario.
 */
export function summarise(measurements: readonly Measurement[]): Figures[] {
  const rpsOf = (m: Measurement) => (m.seconds > 0 ? m.requests / m.seconds : 0);
  const ceiling = measurements.find((m) => m.kind === "ceiling");
  const ceilingRps = ceiling ? rpsOf(ceiling) : 0;
  return measurements.map((m) => {
    const sorted = [...m.latenciesMs].sort((a, b) => a - b);
    const rps = rpsOf(m);
    const against = m.ceilingRps ?? ceilingRps;
    const ratio = against > 0 ? rps / against : null;
    const p95 = percentile(sorted, 95);
    const failures = m.errors + m.non2xx + m.refused;
    return {
      name: m.name,
      kind: m.kind,
      requests: m.requests,
      rps,
      p50: percentile(sorted, 50),
      p95,
      p99: percentile(sorted, 99),
      errors: m.errors,
      non2xx: m.non2xx,
      refused: m.refused,
      ratio,
      target: targetOf(m.kind, { p95, ratio, failures }),
    };
  });
}

/** One measurement of several runs of the same scenario. */
export function mergeMeasurements(parts: readonly Measurement[]): Measurement {
  const [first] = parts;
  if (!first) throw new Error("nothing measured");
  const sum = (pick: (m: Measurement) => number) => parts.reduce((total, m) => total + pick(m), 0);
  return {
    name: first.name,
    kind: first.kind,
    requests: sum((m) => m.requests),
    seconds: sum((m) => m.seconds),
    latenciesMs: parts.flatMap((m) => m.latenciesMs),
    errors: sum((m) => m.errors),
    non2xx: sum((m) => m.non2xx),
    refused: sum((m) => m.refused),
  };
}

/** Issue 14: at the larger scale no figure may be worse than half of the smaller one's. */
export function scalingFailures(small: readonly Figures[], large: readonly Figures[]): string[] {
  const failures: string[] = [];
  for (const big of large) {
    const base = small.find((f) => f.name === big.name);
    if (!base) continue;
    if (big.rps < base.rps / 2)
      failures.push(`${big.name}: ${big.rps.toFixed(1)} req/s < half of ${base.rps.toFixed(1)}`);
    if (big.p95 > base.p95 * 2)
      failures.push(`${big.name}: p95 ${big.p95.toFixed(0)} ms > twice ${base.p95.toFixed(0)} ms`);
  }
  return failures;
}

/** True when the run had errors of any kind: the bench then exits non-zero. */
export const hasErrors = (figures: readonly Figures[]) =>
  figures.some((f) => f.errors + f.non2xx + f.refused > 0);
