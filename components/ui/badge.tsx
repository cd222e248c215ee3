import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "brand" | "amber" | "green" | "blue";

// Text colours are the 700–900 shades on 50-shade backgrounds, all above 4.5:1 contrast.
const tones: Record<BadgeTone, string> = {
  neutral: "bg-stone-100 text-stone-700 ring-stone-300",
  brand: "bg-brand-50 text-brand-800 ring-brand-100",
  amber: "bg-amber-50 text-amber-900 ring-amber-300",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  blue: "bg-sky-50 text-sky-800 ring-sky-200",
};

/** A small inline label (status, category, district…). Purely presentational. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
