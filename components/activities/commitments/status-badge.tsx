import type { CommitmentStatus } from "@/lib/activities/commitments/types";

// Status is told by text and a symbol, never by colour alone.
const styles: Record<CommitmentStatus, { symbol: string; className: string }> = {
  CONFIRMED: { symbol: "✓", className: "bg-green-50 text-green-900 ring-green-700" },
  SUBMITTED: { symbol: "⧗", className: "bg-sky-50 text-sky-900 ring-sky-700" },
  RETURNED: { symbol: "↩", className: "bg-red-50 text-red-900 ring-red-700" },
  IN_PROGRESS: { symbol: "◐", className: "bg-amber-50 text-amber-900 ring-amber-700" },
  NOT_STARTED: { symbol: "○", className: "bg-stone-50 text-stone-700 ring-stone-400" },
};

export function CommitmentStatusBadge({
  status,
  label,
  context,
}: {
  status: CommitmentStatus;
  /** The status in words. */
  label: string;
  /** Read before the status by screen readers only, e.g. the commitment's name. */
  context?: string;
}) {
  const { symbol, className } = styles[status];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
      data-status={status}
    >
      {context ? <span className="sr-only">{context}</span> : null}
      <span aria-hidden="true">{symbol}</span>
      {label}
    </span>
  );
}
