// `npm run check:weight`: what public pages weigh on the production build (issue 14, "light
// payloads"). Starts the same server as the end-to-end tests (fresh database with the demo data
// only, without the end-to-end fixtures)
// on WEIGHT_PORT — or measures WEIGHT_BASE_URL when given — fetches each page as an anonymous
// visitor, and prints its HTML bytes and the gzip size of the scripts its HTML loads. Exits 1 when
// a page is over budget (scripts/weight/budget.ts).
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { checkBuild } from "./lib/build-check";
import { startChild, terminate, waitUntilServing, type Child } from "./lib/child-process";
import {
  formatTable,
  gzipBytes,
  isMapCode,
  overBudget,
  scriptSources,
  type PageWeight,
} from "./weight/budget";

const root = resolve(import.meta.dirname, "..");
const port = process.env.WEIGHT_PORT ?? "3510";
const baseUrl = process.env.WEIGHT_BASE_URL ?? `http://127.0.0.1:${port}`;

async function ensureBuild() {
  const build = await checkBuild(root);
  if (!build.needed) return;
  console.log(`[weight] building (${build.reason})…`);
  const code = await new Promise<number>((done) =>
    spawn("npm", ["run", "build"], { stdio: "inherit", cwd: root }).once("exit", (c) => done(c ?? 1)),
  );
  if (code !== 0) throw new Error("build failed");
}

async function text(path: string): Promise<string> {
  const response = await fetch(new URL(path, baseUrl), { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** The first link on a listing page that matches, e.g. an activity of the plan. */
async function firstLink(listing: string, pattern: RegExp): Promise<string> {
  const found = pattern.exec(await text(listing))?.[0];
  if (!found) throw new Error(`no link matching ${pattern} on ${listing}`);
  return found;
}

async function pages(): Promise<string[]> {
  const fixed = [
    "/",
    "/plan",
    "/units",
    "/meetings",
    "/rotation",
    "/venues",
    "/communities",
    "/pairings",
    "/sites",
    "/needs",
    "/results",
    "/login",
    "/join",
    "/about",
  ];
  const withIds = await Promise.all([
    firstLink("/plan", /\/activities\/\d+(?=["'])/),
    firstLink("/units", /\/units\/[a-z0-9-]+(?=["'])/),
    firstLink("/meetings", /\/meetings\/\d+(?=["'])/),
    firstLink("/venues", /\/venues\/\d+(?=["'])/),
    firstLink("/communities", /\/communities\/\d+(?=["'])/),
    firstLink("/pairings", /\/pairings\/\d+(?=["'])/),
    firstLink("/sites", /\/sites\/\d+(?=["'])/),
    firstLink("/needs", /\/needs\/\d+(?=["'])/),
  ]);
  return [...fixed, ...withIds];
}

const scriptCache = new Map<string, Promise<{ gzip: number; map: boolean }>>();
function script(src: string) {
  let entry = scriptCache.get(src);
  if (!entry) {
    entry = text(src).then((body) => ({ gzip: gzipBytes(body), map: isMapCode(body) }));
    scriptCache.set(src, entry);
  }
  return entry;
}

async function weigh(path: string): Promise<PageWeight | undefined> {
  const response = await fetch(new URL(path, baseUrl), { signal: AbortSignal.timeout(60_000) });
  // A page the project does not have (yet), such as /about before it is written: reported, not weighed.
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = await response.text();
  const sources = scriptSources(html);
  const scripts = await Promise.all(sources.map(script));
  return {
    path,
    htmlBytes: Buffer.byteLength(html),
    jsGzipBytes: scripts.reduce((sum, s) => sum + s.gzip, 0),
    scripts: scripts.length,
    mapCode: scripts.some((s) => s.map),
  };
}

async function measure(): Promise<number> {
  const weights: PageWeight[] = [];
  for (const path of await pages()) {
    const weight = await weigh(path);
    if (weight) weights.push(weight);
    else console.log(`[weight] ${path}: 404, not measured`);
  }
  console.log(`\n[weight] production build, ${baseUrl}, anonymous visitor\n`);
  console.log(formatTable(weights));
  const over = weights.filter((page) => overBudget(page).length > 0);
  console.log(over.length ? `\n[weight] ${over.length} page(s) over budget` : "\n[weight] all within budget");
  return over.length ? 1 : 0;
}

let server: Child | undefined;
let code = 1;
try {
  if (!process.env.WEIGHT_BASE_URL) {
    await ensureBuild();
    // tsx directly (not through npx), so the SIGTERM at the end reaches serve.ts, which stops Next.
    server = startChild(resolve(root, "node_modules/.bin/tsx"), ["tests/e2e/support/serve.ts"], {
      ...process.env,
      E2E_PORT: port,
      NODE_ENV: "production",
      DEMO_DATA_ONLY: "1",
    });
    if (!(await waitUntilServing(`${baseUrl}/api/health`, server, 180_000)))
      throw new Error("server did not start");
  }
  code = await measure();
} catch (error) {
  console.error(error);
} finally {
  if (server) await terminate(server, 20_000);
}
process.exit(code);
