import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "brand" | "amber" | "green" | "blue";

// Text colours are the 700–900 shades on 50-shade backgrounds, all above 4.5:1 contrast
// (.badge-<tone> in app/globals.css: badges repeat on every row of long lists).
/** A small inline label (status, category, district…). Purely presentational. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
