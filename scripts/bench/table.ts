// The bench's tables: aligned text for the terminal and Markdown for the README.
import type { Figures } from "./figures";

const HEADER = ["scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "vs ceiling", "target", ""];

// A JSON round trip turns NaN (no requests) into null.
const ms = (value: number | null) => (value === null || !Number.isFinite(value) ? "–" : value.toFixed(0));

/** errors/non-2xx/refused, e.g. "0" when clean or "0/3/1". */
function failures(f: Figures): string {
  return f.errors + f.non2xx + f.refused === 0 ? "0" : `${f.errors}/${f.non2xx}/${f.refused}`;
}

export function cells(f: Figures): string[] {
  return [
    f.name,
    f.rps.toFixed(1),
    ms(f.p50),
    ms(f.p95),
    ms(f.p99),
    failures(f),
    f.ratio === null ? "–" : `${(f.ratio * 100).toFixed(0)} %`,
    f.target?.text ?? "",
    f.target ? (f.target.pass ? "pass" : "FAIL") : "",
  ];
}

export function textTable(figures: readonly Figures[]): string {
  const rows = [HEADER, ...figures.map(cells)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function markdownTable(figures: readonly Figures[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  const header = HEADER.map((cell, i) => (i === HEADER.length - 1 ? "met" : cell));
  const align = header.map((_, i) => (i === 0 || i >= 7 ? "---" : "--:"));
  return [header, align, ...figures.map((f) => cells(f).map(escape))]
    .map((row) => `| ${row.join(" | ")} |`)
    .join("\n");
}
