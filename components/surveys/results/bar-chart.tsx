import type { ReactNode } from "react";

export type ChartBar = { key: string; label: string; value: number; caption: string; width: number };

/**
 * Horizontal bars drawn with plain elements (labels are user text, rendered as text). The
 * chart is decoration for sighted readers: the table beside it carries the same numbers.
 */
export function BarChart({ bars }: { bars: ChartBar[] }) {
  return (
    <ul aria-hidden="true" className="space-y-2">
      {bars.map((bar) => (
        <li key={bar.key} className="space-y-1">
          <div className="flex justify-between gap-3 text-sm">
            <span className="min-w-0 break-words">{bar.label}</span>
            <span className="shrink-0 tabular-nums text-stone-700">{bar.caption}</span>
          </div>
          <div className="h-3 rounded bg-stone-100">
            <div
              className="h-3 rounded bg-brand-700"
              style={{ width: `${Math.max(0, Math.min(100, bar.width))}%` }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The chart's table alternative, folded under the chart. */
export function TableAlternative({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="text-sm">
      <summary className="min-h-6 cursor-pointer text-brand-700 underline">{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
