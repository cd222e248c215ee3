// Summarises a V8 .cpuprofile written under BENCH_CPU_PROF (scripts/bench/server.ts): where the
// server's time went, by package or source folder and by function (self time), so a slow
// scenario can be read without a profiler UI.
// Run: npx tsx scripts/bench/profile.ts <file.cpuprofile> [rows]
import { readFileSync } from "node:fs";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** `node_modules/next/…` → "next", `/work/main/lib/x/…` → "lib/x", built chunks → ".next". */
export function origin(url: string): string {
  if (!url) return "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const [first = "", second = "", third = "", fourth = ""] = url
      .slice(modules + "node_modules/".length)
      .split("/");
    if (first === "next" && third === "compiled") return `next/compiled/${fourth}`;
    if (first === "next") return `next/${third}`;
    return first.startsWith("@") ? `${first}/${second}` : first;
  }
  const built = url.indexOf("/.next/");
  if (built >= 0) return ".next";
  const parts = url.replace(/^file:\/\//, "").split("/");
  const top = parts.findIndex((part) => ["lib", "components", "app", "scripts"].includes(part));
  return top >= 0 ? parts.slice(top, top + 2).join("/") : url.startsWith("node:") ? "node" : url;
}

function table(title: string, times: Map<string, number>, total: number, rows: number): string {
  const sorted = [...times].sort((a, b) => b[1] - a[1]).slice(0, rows);
  const lines = sorted.map(([name, ms]) => `${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
  return [`${title}`, ...lines].join("\n");
}

function main(file: string, rows: number): void {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes as (ProfileNode & { children?: number[] })[])
    for (const child of node.children ?? []) parent.set(child, node.id);
  let total = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[index] ?? 0) / 1_000;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)") return;
    total += ms;
    const where = origin(url);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + ms);
    const name = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    // Inclusive: every origin on the sample's stack, once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame) seen.add(origin(frame.url));
    }
    for (const each of seen) inclusive.set(each, (inclusive.get(each) ?? 0) + ms);
  });
  console.log(`busy ${(total / 1_000).toFixed(1)} s\n`);
  console.log(table("self time by origin", byOrigin, total, rows));
  console.log();
  console.log(table("time with the origin on the stack", inclusive, total, rows));
  console.log();
  console.log(table("self time by function", byFunction, total, rows));
}

if (process.argv[2]) main(process.argv[2], Number(process.argv[3] ?? 30));
