import type { PairingStatus } from "@/lib/generated/prisma/enums";

// The one pairing lifecycle (结对挂钩). A secretary proposes; an admin approves or declines the
// proposal; an active pairing may be paused and resumed; an active or paused one is ended.
// Ended and declined are final: a unit that wants the community again proposes anew (the live
// pairing index then has room for it). Pure, so every page and mutation asks the same table.

export const pairingTransitions = ["approve", "decline", "pause", "resume", "end"] as const;
export type PairingTransition = (typeof pairingTransitions)[number];

const table: Record<
  PairingTransition,
  { from: readonly PairingStatus[]; to: PairingStatus; reason: boolean }
> = {
  approve: { from: ["PROPOSED"], to: "ACTIVE", reason: false },
  decline: { from: ["PROPOSED"], to: "DECLINED", reason: true },
  pause: { from: ["ACTIVE"], to: "PAUSED", reason: true },
  resume: { from: ["PAUSED"], to: "ACTIVE", reason: false },
  end: { from: ["ACTIVE", "PAUSED"], to: "ENDED", reason: true },
};

/** The status the transition leads to from `from`, or null when it is not allowed there. */
export function nextStatus(from: PairingStatus, transition: PairingTransition): PairingStatus | null {
  const rule = table[transition];
  return rule.from.includes(from) ? rule.to : null;
}

/** What an admin may do with a pairing in this status (the buttons the page shows). */
export function transitionsFrom(status: PairingStatus): PairingTransition[] {
  return pairingTransitions.filter((transition) => nextStatus(status, transition) !== null);
}

/** Declining, pausing and ending say why (the unit is told; ended and declined keep it). */
export function needsReason(transition: PairingTransition): boolean {
  return table[transition].reason;
}

/** Proposed, active and paused pairings hold their units (one live pairing per unit and community). */
export function isLive(status: PairingStatus): boolean {
  return status === "PROPOSED" || status === "ACTIVE" || status === "PAUSED";
}

/** Units join or leave a pairing that runs (active or paused), not a proposal or a closed one. */
export function unitsChangeable(status: PairingStatus): boolean {
  return status === "ACTIVE" || status === "PAUSED";
}

/** Visitors see pairings that were approved (running or ended), never proposals or declined ones. */
export function isPublic(status: PairingStatus): boolean {
  return status === "ACTIVE" || status === "PAUSED" || status === "ENDED";
}

/** The statuses the public list shows (running pairings). */
export const runningStatuses: readonly PairingStatus[] = ["ACTIVE", "PAUSED"];
/** The statuses a pairing's public page is shown for. */
export const publicStatuses: readonly PairingStatus[] = ["ACTIVE", "PAUSED", "ENDED"];
