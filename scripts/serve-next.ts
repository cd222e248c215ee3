// The portal's production server: Next's request handler behind a plain node:http server, so
// that the address used for rate limits comes from the socket, not from a header the client
// can write (`next start` passes a client-written X-Forwarded-For through untouched).
//
// Every request gets the private header x-rz-client-ip (lib/core/http/client-ip.ts): the socket
// peer, or — when that peer is listed in TRUSTED_PROXIES (addresses or CIDR ranges, comma
// separated) — the right-most X-Forwarded-For entry that is not itself a trusted proxy. A copy
// sent by the client is always replaced.
//
// Run: `npm run serve` after `npm run build`, which compiles this file to plain JavaScript
// (scripts/lib/server-bundle.ts: `node .next/rz-server/serve-next.mjs`); PORT (default 3000),
// HOST (default all interfaces). `npm start`, the end-to-end tests and the bench run it this way.
//
// WEB_CONCURRENCY=N (or "auto": one per core) runs N server processes on the one port (node:cluster).
// A Node process renders pages on one thread, so one process uses one core however many the
// machine has. The processes are instances in the sense of README "Two instances": each keeps its
// own page cache and learns of revalidations through PostgreSQL; rate limits, reminders and the
// mail outbox live in the database. Default 1: a single process's cache answers every request.
import cluster from "node:cluster";
import { createServer, type IncomingMessage } from "node:http";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { clientIpHeader } from "@/lib/core/http/client-ip";
import { parseTrustedProxies, resolveClientIp, type TrustedProxies } from "@/lib/core/http/trusted-proxies";

/** Replaces whatever the client sent in the private header with the resolved address. */
export function stampClientIp(request: IncomingMessage, proxies: TrustedProxies): void {
  delete request.headers[clientIpHeader];
  request.headers[clientIpHeader] = resolveClientIp(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    proxies,
  );
}

/** How many server processes WEB_CONCURRENCY asks for: a whole number from 1 to 16, or "auto". */
export function processCount(value: string | undefined, cores = availableParallelism()): number {
  if (value?.trim() === "auto") return Math.min(cores, 16);
  const count = Number(value ?? 1);
  return Number.isInteger(count) && count >= 1 ? Math.min(count, 16) : 1;
}

/** The primary of several server processes: starts them, replaces one that dies, stops them all. */
function superviseProcesses(count: number): void {
  let stopping = false;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`[serve] process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  console.log(`[serve] ${count} server processes`);
}

/** The repository holding this file: scripts/ for the source, .next/rz-server/ for the bundle. */
function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "next.config.ts")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

async function main(): Promise<void> {
  const count = processCount(process.env.WEB_CONCURRENCY);
  if (count > 1 && cluster.isPrimary) return superviseProcesses(count);
  const proxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST || undefined;
  const dir = appRoot();
  // Next's own name for the server stays "localhost" whatever address we listen on: the proxy's
  // rewrites (locale routing) are built from request.url, which Next writes with "localhost" for
  // 127.0.0.1; any other name here makes Next read them as external and proxy them to itself.
  const app = next({ dev: false, dir, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    stampClientIp(request, proxies);
    void handle(request, response);
  });
  server.listen(port, hostname, () => {
    const trusted = proxies.empty ? "none" : process.env.TRUSTED_PROXIES;
    console.log(`[serve] listening on ${hostname ?? "*"}:${port} (trusted proxies: ${trusted})`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`[serve] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
