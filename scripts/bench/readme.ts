// The README's "Performance" section: the latest bench table, rewritten between two markers.
// `npx tsx scripts/bench/readme.ts` rewrites it from docs/bench/latest.json; `npm run bench --
// --write-readme` does it after a run.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { format, resolveConfig } from "prettier";
import { RESULTS_FILE, type BenchResults } from "./results";
import { markdownTable } from "./table";
import { TARGETS } from "./figures";

export const START = "<!-- bench:start -->";
export const END = "<!-- bench:end -->";

export function renderSection(results: BenchResults): string {
  const { machine: m } = results;
  const lines = [
    `Measured ${results.date.slice(0, 10)} on ${m.cores} × ${m.cpu}, ${m.memoryGb} GB, ${m.os}, Node ${m.node}:`,
    `production build, ${results.connections} concurrent connections, ${results.seconds} s per scenario ` +
      `(after a warm-up of 40 requests), ratios to \`${results.ceiling}\` in the same run.`,
    ...(results.note ? ["", `**${results.note}**`] : []),
    "",
    `Targets (issue 14): public pages ≥ ${TARGETS.publicRatio * 100} % of the ceiling's requests/s, ` +
      `signed-in pages p95 ≤ ${TARGETS.signedInP95Ms} ms, actions p95 ≤ ${TARGETS.actionP95Ms} ms, no errors ` +
      "(errors column: socket errors/non-2xx/refused).",
  ];
  for (const scale of results.scales) {
    const d = scale.dataSet;
    lines.push(
      "",
      `**${scale.units} units** (${d.activities} activities, ${d.meetings} meetings, ${d.bookings} bookings)`,
      "",
      markdownTable(scale.figures),
    );
  }
  if (results.scales.length > 1) {
    lines.push(
      "",
      results.scaling.length === 0
        ? "At the largest scale no figure is worse than half of the smallest scale's."
        : `Worse than half of the smallest scale's: ${results.scaling.join("; ")}.`,
    );
  }
  return lines.join("\n");
}

/** Replaces what stands between the markers; without markers, appends a Performance section. */
export function replaceSection(readme: string, section: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) {
    return `${readme.trimEnd()}\n\n## Performance\n\n${START}\n${section}\n${END}\n`;
  }
  return `${readme.slice(0, start + START.length)}\n${section}\n${readme.slice(end)}`;
}

export async function writeReadme(root: string, results: BenchResults): Promise<void> {
  const file = resolve(root, "README.md");
  const text = replaceSection(await readFile(file, "utf8"), renderSection(results));
  // Formatted as `npm run lint` checks it (Prettier aligns the table's columns).
  await writeFile(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, "../..");
  const results = JSON.parse(await readFile(resolve(root, RESULTS_FILE), "utf8")) as BenchResults;
  await writeReadme(root, results);
  console.log("[bench] README.md: Performance section rewritten from", RESULTS_FILE);
}
