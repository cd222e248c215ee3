// The "needs attention" list of the admin overview: what waits for the district committee now,
// each kind with how many and the filtered list that shows them. Pure: order and selection.

export const attentionKinds = [
  "applicationsWaiting",
  "reportsWaiting",
  "reportsOverdue",
  "decisionsOverdue",
  "bookingsWaiting",
  "pairingProposals",
  "unclaimedItems",
  "idleUnits",
] as const;
export type AttentionKind = (typeof attentionKinds)[number];

export type AttentionItem = { kind: AttentionKind; count: number; href: string };

/**
 * The kinds with something waiting, in the order the committee acts on them: people waiting for
 * an answer first (applicants, report reviews), then what is late, then what to chase.
 */
export function pendingAttention(items: readonly AttentionItem[]): AttentionItem[] {
  const rank = (kind: AttentionKind) => attentionKinds.indexOf(kind);
  return items.filter((item) => item.count > 0).sort((a, b) => rank(a.kind) - rank(b.kind));
}
