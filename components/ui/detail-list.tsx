import type { ReactNode } from "react";

/** A label/value list: stacked on phones, two columns from the `sm` breakpoint. */
export function DetailList({ children }: { children: ReactNode }) {
  return <dl className="divide-y divide-stone-100">{children}</dl>;
}

export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2.5 first:pt-0 last:pb-0 sm:grid sm:grid-cols-[9rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-stone-600">{label}</dt>
      <dd className="mt-0.5 text-stone-900 sm:mt-0">{children}</dd>
    </div>
  );
}
