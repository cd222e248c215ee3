// A bounded HTTP load loop against one URL on this machine, and the figures it prints.

export type LoadResult = {
  path: string;
  requests: number;
  errors: number;
  seconds: number;
  latenciesMs: number[];
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Sends `total` GET requests with `concurrency` in flight; non-2xx answers count as errors. */
export async function runLoad(
  baseUrl: string,
  path: string,
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < total) {
      next += 1;
      const begin = performance.now();
      try {
        const response = await fetch(baseUrl + path, { signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        if (!response.ok) errors += 1;
      } catch {
        errors += 1;
      }
      latenciesMs.push(performance.now() - begin);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { path, requests: total, errors, seconds: (performance.now() - started) / 1000, latenciesMs };
}

export function formatResults(results: LoadResult[]): string {
  const header = ["route", "req", "err", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms"];
  const rows = results.map((result) => {
    const sorted = [...result.latenciesMs].sort((a, b) => a - b);
    return [
      result.path,
      String(result.requests),
      String(result.errors),
      (result.requests / result.seconds).toFixed(1),
      ...[50, 95, 99, 100].map((p) => percentile(sorted, p).toFixed(1)),
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  return [header, ...rows]
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "))
    .join("\n");
}
