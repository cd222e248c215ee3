// The pure half of `npm run check:weight`: what a page's HTML loads, the budgets and the table.
import { gzipSync } from "node:zlib";

export type PageWeight = {
  path: string;
  htmlBytes: number;
  /** Sum of the gzip sizes of the scripts the HTML loads by <script src>. */
  jsGzipBytes: number;
  scripts: number;
  /** Whether any of those scripts contains the map library (Leaflet). */
  mapCode: boolean;
};

export type Budget = { htmlBytes: number; jsGzipBytes: number; mapCode: boolean };

const KB = 1024;
/** Issue 14: /plan ≤ 100 KB of HTML, every other public page ≤ 50 KB; ≤ 150 KB of first-load JS. */
export function budgetFor(path: string): Budget {
  const route = path.split("?")[0]!;
  return {
    htmlBytes: (route === "/plan" ? 100 : 50) * KB,
    jsGzipBytes: 150 * KB,
    // The map's code only on the map page.
    mapCode: route === "/venues",
  };
}

/**
 * The `src` of every <script> element a modern browser runs, in order and without repeats, as
 * written in the HTML. `nomodule` scripts (Next's polyfills for browsers without modules, ~39 KB)
 * are skipped: browsers that understand modules do not download them.
 */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  // Attributes of the opening tags only: an inline script's text is not markup.
  for (const tag of html.matchAll(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi)) {
    if (/\snomodule\b/i.test(tag[1]!)) continue;
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[1]!);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (value) sources.add(value.replaceAll("&amp;", "&"));
  }
  return [...sources];
}

export const gzipBytes = (body: Uint8Array | string) => gzipSync(body, { level: 9 }).byteLength;

/**
 * The map's code: Leaflet itself (its `_leaflet_id`s and classes; loaded lazily, so normally not
 * in the HTML at all) and the map component, which names its element "venue-map".
 */
export const isMapCode = (script: string) => /leaflet|venue-map/i.test(script);

/** What is over budget on a page, as readable reasons (empty when within budget). */
export function overBudget(page: PageWeight, budget: Budget = budgetFor(page.path)): string[] {
  const problems: string[] = [];
  if (page.htmlBytes > budget.htmlBytes)
    problems.push(`HTML ${kb(page.htmlBytes)} > ${kb(budget.htmlBytes)}`);
  if (page.jsGzipBytes > budget.jsGzipBytes)
    problems.push(`first-load JS ${kb(page.jsGzipBytes)} gzip > ${kb(budget.jsGzipBytes)}`);
  if (page.mapCode && !budget.mapCode) problems.push("map code on a page without a map");
  return problems;
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export function formatTable(pages: PageWeight[]): string {
  const rows = [
    ["page", "HTML", "JS gzip", "scripts", "map", "verdict"],
    ...pages.map((page) => {
      const problems = overBudget(page);
      return [
        page.path,
        kb(page.htmlBytes),
        kb(page.jsGzipBytes),
        String(page.scripts),
        page.mapCode ? "yes" : "no",
        problems.length ? `OVER: ${problems.join("; ")}` : "ok",
      ];
    }),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 5 ? cell : cell.padEnd(widths[column]!))).join("  "))
    .join("\n");
}
