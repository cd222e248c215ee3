// One scenario under autocannon: CONNECTIONS concurrent connections for `seconds` after a
// warm-up, every response's latency kept (autocannon's own percentiles skip p95).
// A run that ends on time leaves up to CONNECTIONS requests in flight, which the server still
// renders; the next scenario starts only after that much time, so it is not charged with them.
// The warm-up is a number of requests rather than a time for the same reason.
import autocannon from "autocannon";
import { mergeMeasurements, type Measurement, type ScenarioKind } from "./figures";

export const CONNECTIONS = 20;
const WARMUP_REQUESTS = 2 * CONNECTIONS;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LoadSpec {
  name: string;
  kind: ScenarioKind;
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Builds each request anew (actions: a new item or slot per request). */
  setupRequest?: (request: autocannon.Request) => autocannon.Request;
  /** Counts 200 answers that nevertheless refused the request. */
  refused?: (body: string) => boolean;
}

/**
 * A page against the ceiling: `slices` short runs of each, alternating, so that both meet the
 * machine in the same state. On a shared machine the throughput of one and the same page varies
 * by half between minutes; a ratio to a ceiling measured minutes earlier measured that, not the
 * page.
 */
export async function measureAgainstCeiling(
  baseUrl: string,
  ceiling: LoadSpec,
  spec: LoadSpec,
  seconds: number,
  slices = 3,
): Promise<Measurement> {
  const ceilings: Measurement[] = [];
  const pages: Measurement[] = [];
  for (let slice = 0; slice < slices; slice++) {
    ceilings.push(await measure(baseUrl, ceiling, seconds / slices));
    pages.push(await measure(baseUrl, spec, seconds / slices));
  }
  const alongside = mergeMeasurements(ceilings);
  return { ...mergeMeasurements(pages), ceilingRps: alongside.requests / alongside.seconds };
}

export async function measure(baseUrl: string, spec: LoadSpec, seconds: number): Promise<Measurement> {
  const latenciesMs: number[] = [];
  let refused = 0;
  let measuring = false; // the warm-up's answers are not counted
  const request: autocannon.Request = {
    method: spec.method ?? "GET",
    path: spec.path,
    headers: spec.headers,
    body: spec.body,
    ...(spec.setupRequest ? { setupRequest: spec.setupRequest } : {}),
    ...(spec.refused
      ? {
          onResponse: (status: number, body: string) => {
            if (measuring && status < 300 && spec.refused!(body)) refused += 1;
          },
        }
      : {}),
  };
  const run = (
    length: { duration: number } | { amount: number },
    onResponse?: (responseTime: number) => void,
  ) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const options = { url: baseUrl, connections: CONNECTIONS, ...length, timeout: 30, requests: [request] };
      const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
      if (onResponse)
        instance.on("response", (_client, _status, _bytes, responseTime) => onResponse(responseTime));
    });
  await run({ amount: WARMUP_REQUESTS });
  measuring = true;
  const result = await run({ duration: seconds }, (responseTime) => latenciesMs.push(responseTime));
  await sleep(Math.min(30_000, Math.max(1_000, ...latenciesMs)));
  return {
    name: spec.name,
    kind: spec.kind,
    requests: latenciesMs.length,
    seconds: result.duration,
    latenciesMs,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    refused,
  };
}
