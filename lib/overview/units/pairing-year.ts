// Which of a unit's pairings (结对挂钩) count for a year: those in force at some time in it.
import type { PairingStatus } from "@/lib/generated/prisma/enums";
import { beijingYearMonth } from "@/lib/core/time/beijing";

/**
 * Approved pairings only: a proposal is not yet a pairing and a declined one never was
 * (neither is shown to visitors, lib/pairing/pairings/transitions.ts publicStatuses).
 */
const approved: ReadonlySet<PairingStatus> = new Set(["ACTIVE", "PAUSED", "ENDED"]);

export type PairingSpan = {
  status: PairingStatus;
  /** The agreed start (a @db.Date, UTC midnight). */
  startsOn: Date;
  /** When it was ended (its ENDED event), null while it runs. */
  endedAt: Date | null;
};

/**
 * In force during `year`: approved, started on or before 31 December and, if ended, ended on
 * or after 1 January (Beijing date). A paused pairing still counts: it is paused, not over.
 */
export function inForceDuring(pairing: PairingSpan, year: number): boolean {
  if (!approved.has(pairing.status)) return false;
  if (pairing.startsOn.getUTCFullYear() > year) return false;
  if (pairing.status !== "ENDED" || pairing.endedAt === null) return true;
  return beijingYearMonth(pairing.endedAt).year >= year;
}

/** For the unit's own view: in force during the year, or proposed and still waiting. */
export function shownToUnit(pairing: PairingSpan, year: number): boolean {
  return pairing.status === "PROPOSED"
    ? pairing.startsOn.getUTCFullYear() <= year
    : inForceDuring(pairing, year);
}
