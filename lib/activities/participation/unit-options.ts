import type { ActivityStatus } from "@/lib/generated/prisma/enums";

// What ONE unit can do with one activity of the list right now: the public activity page shows
// exactly this (a live button, or the reason instead of a button that would fail), and the
// claim/join mutations refuse with the same reasons (they stay the authority: they decide on
// rows read inside their transaction, and the conditional update / locks settle races).

export type UnitActivityFacts = {
  status: ActivityStatus;
  leadUnitId: number | null;
  year: number;
  plannedMonth: number;
  plannedDate: Date | null;
  /** The moment sign-up ends, when the lead set one (Activity.signupDeadline). */
  signupDeadline?: Date | null;
  /** Now, to compare with the sign-up deadline; without it, the start of today. */
  now?: Date;
  /** The unit asking. */
  unitId: number;
  /** Activities this unit leads in the activity's year (cancelled ones not counted). */
  leadsThisYear: number;
  maxLeadsPerUnit: number;
  /** The unit's live sign-up for this activity, if any. */
  mine: "JOINED" | "WAITLISTED" | null;
  /** Today in Beijing as the UTC midnight @db.Date columns use (beijingToday()). */
  today: Date;
};

/** Why there is no button; each is a key of the "activities.participation" catalog. */
export type UnitBlockReason =
  | "leadLimit"
  | "pastActivity"
  | "cancelledActivity"
  | "heldActivity"
  | "notClaimable"
  | "signUpNotOpen"
  | "signUpClosed"
  | "deadlinePassed"
  | "ownActivity"
  | "alreadyJoined";

export type UnitBlock = { reason: UnitBlockReason; values?: { max: number } };

export type UnitAction =
  | { kind: "lead" }
  | { kind: "claim" }
  | { kind: "join" }
  | { kind: "withdraw" }
  | ({ kind: "none" } & UnitBlock);

type ActivityDate = Pick<UnitActivityFacts, "year" | "plannedMonth" | "plannedDate">;

/** The activity's day (or, without a day, its whole month) is over. */
export function isPastActivity(activity: ActivityDate, today: Date): boolean {
  if (activity.plannedDate !== null) return activity.plannedDate.getTime() < today.getTime();
  const todayMonth = today.getUTCFullYear() * 12 + today.getUTCMonth() + 1;
  return activity.year * 12 + activity.plannedMonth < todayMonth;
}

/** Finished or cancelled activities: nothing to do for anyone but their lead. */
function endedBlock(status: ActivityStatus): UnitBlock | null {
  if (status === "CANCELLED") return { reason: "cancelledActivity" };
  if (status === "DONE" || status === "REPORTED") return { reason: "heldActivity" };
  return null;
}

/** Null when the unit may claim the activity now. */
export function claimBlock(facts: UnitActivityFacts): UnitBlock | null {
  const ended = endedBlock(facts.status);
  if (ended) return ended;
  if (facts.leadUnitId !== null || facts.status !== "PLANNED") return { reason: "notClaimable" };
  if (isPastActivity(facts, facts.today)) return { reason: "pastActivity" };
  if (facts.leadsThisYear >= facts.maxLeadsPerUnit) {
    return { reason: "leadLimit", values: { max: facts.maxLeadsPerUnit } };
  }
  return null;
}

/** Null when the unit may sign up for the activity now. */
export function joinBlock(facts: UnitActivityFacts): UnitBlock | null {
  if (facts.leadUnitId === facts.unitId) return { reason: "ownActivity" };
  const ended = endedBlock(facts.status);
  if (ended) return ended;
  if (facts.status === "CLOSED") return { reason: "signUpClosed" };
  if (facts.status !== "OPEN") return { reason: "signUpNotOpen" };
  if (facts.mine !== null) return { reason: "alreadyJoined" };
  if (isPastActivity(facts, facts.today)) return { reason: "signUpClosed" };
  const deadline = facts.signupDeadline ?? null;
  if (deadline !== null && deadline.getTime() < (facts.now ?? facts.today).getTime()) {
    return { reason: "deadlinePassed" };
  }
  return null;
}

/** The one thing the page offers this unit, or why it offers nothing. */
export function unitActivityAction(facts: UnitActivityFacts): UnitAction {
  if (facts.leadUnitId === facts.unitId) return { kind: "lead" };
  // Withdrawing is possible while sign-up is open (withdraw-participation.ts says the same).
  if (facts.mine !== null) {
    if (facts.status === "OPEN") return { kind: "withdraw" };
    return { kind: "none", ...(endedBlock(facts.status) ?? { reason: "signUpClosed" }) };
  }
  if (facts.leadUnitId === null) {
    const block = claimBlock(facts);
    return block ? { kind: "none", ...block } : { kind: "claim" };
  }
  const block = joinBlock(facts);
  return block ? { kind: "none", ...block } : { kind: "join" };
}
