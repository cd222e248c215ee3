// `npm run bench`: the production build under autocannon on generated data sets (30 and 300
// units by default), one fresh database and server per scale. Prints a table per scale, writes
// docs/bench/latest.json and, with --write-readme, the README's Performance section.
// BENCH_SECONDS (default 10) per scenario, BENCH_UNITS ("30,300"), BENCH_PORT (3500),
// BENCH_NOTE (a sentence about the conditions, shown with the figures), BENCH_ONLY (comma-separated
// parts of scenario names: run only those, e.g. "/my,claim"), BENCH_CPU_PROF (server.ts).
// Then it times the rotation scheduler (scripts/bench-rotation.ts).
// Exits 1 only when requests failed: the targets are reported, not enforced.
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_PASSWORD } from "../../prisma/seed";
import { provideTestServer } from "../../tests/setup/test-database";
import { checkBuild } from "../lib/build-check";
import { terminate, waitUntilServing } from "../lib/child-process";
import { bookingScenario, claimScenario } from "./action-scenarios";
import { readActionManifest } from "./actions";
import { measure, measureAgainstCeiling } from "./cannon";
import { benchDatabase } from "./database";
import { hasErrors, scalingFailures, summarise, type Measurement } from "./figures";
import { writeReadme } from "./readme";
import { machine, RESULTS_FILE, type BenchResults, type ScaleResult } from "./results";
import { pageScenarios, type Account, type ScenarioIds } from "./scenarios";
import { startApp } from "./server";
import { signIn } from "./session";
import { textTable } from "./table";
import { CONNECTIONS } from "./cannon";

const root = resolve(import.meta.dirname, "../..");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const scales = (process.env.BENCH_UNITS ?? "30,300").split(",").map(Number);
const port = process.env.BENCH_PORT ?? "3500";
const baseUrl = `http://127.0.0.1:${port}`;
const SECRETARY = "china-post-zhenjiang";
const say = (message: string) => console.log(`[bench] ${message}`);
const only = process.env.BENCH_ONLY?.split(",").filter(Boolean) ?? [];
/** The ceiling always runs: the other figures are read against it. */
const selected = (name: string, kind?: string) =>
  only.length === 0 || kind === "ceiling" || only.some((part) => name.includes(part));

const runInherited = (command: string, args: string[]) =>
  new Promise<number>((done) =>
    spawn(command, args, { stdio: "inherit", cwd: root }).once("exit", (c) => done(c ?? 1)),
  );

async function ensureBuild() {
  const build = await checkBuild(root);
  if (!build.needed) return;
  say(`building (${build.reason})…`);
  if ((await runInherited("npm", ["run", "build"])) !== 0) throw new Error("build failed");
}

async function lookupIds(db: PrismaClient, year: number): Promise<ScenarioIds> {
  const activity = await db.activity.findFirstOrThrow({
    where: { year, leadUnitId: { not: null }, status: { not: "CANCELLED" } },
    orderBy: [{ participations: { _count: "desc" } }, { id: "asc" }],
  });
  const meeting = await db.meeting.findFirstOrThrow({
    where: { isPublic: true, status: "HELD", minutes: { status: "PUBLISHED" } },
    orderBy: { startsAt: "desc" },
  });
  const venue = await db.venue.findFirstOrThrow({
    orderBy: [{ bookings: { _count: "desc" } }, { id: "asc" }],
  });
  return {
    activityId: activity.id,
    unitSlug: SECRETARY,
    meetingId: meeting.id,
    venueId: venue.id,
    pastYear: year - 1,
  };
}

async function ceilingPath(): Promise<"/about" | "/api/health"> {
  const response = await fetch(`${baseUrl}/about`);
  await response.body?.cancel();
  if (response.ok) return "/about";
  say("no /about page in this build: /api/health stands in as the ceiling");
  return "/api/health";
}

async function benchScale(
  adminUrl: string,
  units: number,
  now: Date,
): Promise<ScaleResult & { ceiling: string }> {
  say(`${units} units: generating the data set…`);
  const data = await benchDatabase(adminUrl, units, now);
  const { summary } = data;
  say(
    `${summary.units} units, ${summary.activities} activities, ${summary.meetings} meetings, ${summary.bookings} bookings`,
  );
  const logFile = join(tmpdir(), `rz-bench-${units}.log`);
  const app = startApp(root, data.url, port, logFile);
  try {
    if (!(await waitUntilServing(`${baseUrl}/api/health`, app, 180_000)))
      throw new Error(`the server did not start (log: ${logFile})`);
    const ceiling = await ceilingPath();
    const cookies: Record<Account, string> = {
      secretary: await signIn(baseUrl, SECRETARY, DEMO_PASSWORD),
      admin: await signIn(baseUrl, "admin", DEMO_PASSWORD),
    };
    const ids = await lookupIds(data.db, now.getFullYear());
    const measurements: Measurement[] = [];
    for (const scenario of pageScenarios(ids, ceiling).filter((s) => selected(s.name, s.kind))) {
      const headers = scenario.account ? { cookie: cookies[scenario.account] } : undefined;
      const spec = { ...scenario, headers };
      measurements.push(
        scenario.kind === "public"
          ? await measureAgainstCeiling(
              baseUrl,
              { name: ceiling, kind: "ceiling", path: ceiling },
              spec,
              seconds,
            )
          : await measure(baseUrl, spec, seconds),
      );
      say(`${scenario.name}: ${(measurements.at(-1)!.requests / seconds).toFixed(1)} req/s`);
    }
    const { id: unitId } = await data.db.unit.findUniqueOrThrow({ where: { slug: SECRETARY } });
    const manifest = await readActionManifest(root);
    const setup = { db: data.db, manifest, origin: baseUrl, cookie: cookies.secretary, unitId, seconds, now };
    for (const build of [claimScenario, bookingScenario]) {
      const spec = await build(setup);
      if (!selected(spec.name)) continue;
      measurements.push(await measure(baseUrl, spec, seconds));
      say(`${spec.name}: ${(measurements.at(-1)!.requests / seconds).toFixed(1)} req/s`);
    }
    return { units, dataSet: summary, figures: summarise(measurements), ceiling };
  } finally {
    await terminate(app, 20_000);
    await data.drop();
  }
}

await ensureBuild();
const server = await provideTestServer();
const now = new Date();
const done: Array<ScaleResult & { ceiling: string }> = [];
try {
  for (const units of scales) {
    const result = await benchScale(server.adminUrl, units, now);
    console.log(`\n[bench] ${units} units, ${CONNECTIONS} connections, ${seconds} s per scenario\n`);
    console.log(`${textTable(result.figures)}\n`);
    done.push(result);
  }
} finally {
  await server.stop();
}

const scaling = done.length > 1 ? scalingFailures(done[0]!.figures, done.at(-1)!.figures) : [];
for (const line of scaling) say(`scaling: ${line}`);
const results: BenchResults = {
  date: now.toISOString(),
  machine: machine(),
  seconds,
  connections: CONNECTIONS,
  ceiling: done[0]?.ceiling ?? "/about",
  note: process.env.BENCH_NOTE ?? "",
  scales: done.map(({ ceiling: _ceiling, ...scale }) => scale),
  scaling,
};
await mkdir(dirname(resolve(root, RESULTS_FILE)), { recursive: true });
await writeFile(resolve(root, RESULTS_FILE), `${JSON.stringify(results, null, 2)}\n`);
say(`figures written to ${RESULTS_FILE}`);
if (process.argv.includes("--write-readme")) {
  await writeReadme(root, results);
  say("README.md: Performance section rewritten");
}
if ((await runInherited(resolve(root, "node_modules/.bin/tsx"), ["scripts/bench-rotation.ts"])) !== 0)
  process.exitCode = 1;
if (done.some((scale) => hasErrors(scale.figures))) {
  say("some requests failed (see the errors column)");
  process.exitCode = 1;
}
