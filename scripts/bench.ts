// `npm run bench`: the production build under load on this machine, figures printed.
// It starts the same server as the end-to-end tests (fresh database with demo data) on
// BENCH_PORT, sends a bounded number of requests per route over loopback, and stops.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { formatResults, runLoad, type LoadResult } from "./bench/load";
import { checkBuild } from "./lib/build-check";
import { startChild, terminate, waitUntilServing } from "./lib/child-process";

const root = resolve(import.meta.dirname, "..");
const port = process.env.BENCH_PORT ?? "3500";
const baseUrl = `http://127.0.0.1:${port}`;
const total = Number(process.env.BENCH_REQUESTS ?? 400);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const routes = [
  "/api/health",
  "/",
  "/plan",
  "/plan?year=2023&month=3",
  "/units",
  "/units/china-post-zhenjiang",
  "/meetings",
  "/meetings/1",
  "/venues",
  "/rotation",
  "/login",
];

async function ensureBuild() {
  const build = await checkBuild(root);
  if (!build.needed) return;
  console.log(`[bench] building (${build.reason})…`);
  const code = await new Promise<number>((done) =>
    spawn("npm", ["run", "build"], { stdio: "inherit", cwd: root }).once("exit", (c) => done(c ?? 1)),
  );
  if (code !== 0) throw new Error("build failed");
}

await ensureBuild();
// tsx directly (not through npx), so the SIGTERM at the end reaches serve.ts, which stops Next.
const server = startChild(resolve(root, "node_modules/.bin/tsx"), ["tests/e2e/support/serve.ts"], {
  ...process.env,
  E2E_PORT: port,
  NODE_ENV: "production",
});
try {
  if (!(await waitUntilServing(`${baseUrl}/api/health`, server, 180_000)))
    throw new Error("server did not start");
  const results: LoadResult[] = [];
  for (const path of routes) {
    await runLoad(baseUrl, path, 20, 4); // warm-up, not reported
    results.push(await runLoad(baseUrl, path, total, concurrency));
  }
  console.log(
    `\n[bench] ${total} requests per route, ${concurrency} concurrent, production build, 127.0.0.1\n`,
  );
  console.log(formatResults(results));
} finally {
  await terminate(server, 20_000);
}
