"use client";

import { buttonClass } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's print CSS lays the report out on A4. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary")}>
      {label}
    </button>
  );
}
